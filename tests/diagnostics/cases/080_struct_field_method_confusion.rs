//! mistake: calling a field as a method (`p.name()`)
//! offending: name
//! category: type
use comprehensions::comp;

struct Person {
    name: String,
    age: u8,
}

fn main() {
    let people = vec![Person { name: "Ada".into(), age: 36 }];
    let names = comp![p.name() for p in &people if p.age > 18];
    println!("{names:?}");
}
