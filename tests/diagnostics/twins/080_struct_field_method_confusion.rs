//! mistake: calling a field as a method (`p.name()`) (hand-written)
struct Person {
    name: String,
    age: u8,
}

fn main() {
    let people = vec![Person { name: "Ada".into(), age: 36 }];
    let names: Vec<&String> = people.iter().filter(|p| p.age > 18).map(|p| p.name()).collect();
    println!("{names:?}");
}
