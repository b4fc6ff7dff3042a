//! mistake: filled a struct's `String` field with a borrowed `&str` from `split_once` (`name: cols.0`)
//! offending: cols.0
//! category: type
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let csv = "ann,31\nbob,27";
    let mut people: Vec<Person> = Vec::new();
    for line in csv.lines() {
        if let Some(cols) = line.split_once(',') {
            people.push(Person { name: cols.0, age: cols.1.parse().unwrap() });
        }
    }
    for p in &people {
        println!("{} {}", p.name, p.age);
    }
}
