//! mistake: chained comparison "a" <= p.name < "n" with a String field between &str literals (no PartialOrd between them)
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let people = vec![Person { name: "ann".into(), age: 30 }, Person { name: "zoe".into(), age: 25 }];
    let mut first_half = Vec::new();
    for p in &people {
        if "a" <= p.name && p.name < "n" {
            first_half.push(p.age);
        }
    }
    println!("{first_half:?}");
}
