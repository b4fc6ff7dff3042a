//! mistake: a filter clause left half-typed: `if` with no condition before the closing bracket
//! offending: if]
//! category: syntax
use comprehensions::comp;

struct Person {
    name: String,
    age: u32,
}

struct Club {
    people: Vec<Person>,
}

impl Club {
    fn adults(&self) -> Vec<&str> {
        comp![p.name.as_str() for p in &self.people if]
    }
}

fn main() {
    let c = Club { people: vec![Person { name: "ann".into(), age: 30 }] };
    println!("{:?} {}", c.adults(), c.people[0].age);
}
