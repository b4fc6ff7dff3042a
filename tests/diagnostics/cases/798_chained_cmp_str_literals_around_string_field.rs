//! mistake: chained comparison "a" <= p.name < "n" with a String field between &str literals (no PartialOrd between them)
//! offending: "a" <= p.name
//! category: type
use comprehensions::comp;

struct Person {
    name: String,
    age: u32,
}

fn main() {
    let people = vec![Person { name: "ann".into(), age: 30 }, Person { name: "zoe".into(), age: 25 }];
    let first_half = comp![p.age for p in &people if "a" <= p.name < "n"];
    println!("{first_half:?}");
}
