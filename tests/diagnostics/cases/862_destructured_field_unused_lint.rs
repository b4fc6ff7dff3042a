//! mistake: destructures a struct in the loop pattern and binds a field it never uses (lint: unused_variables)
//! offending: User { name, age }
//! category: lint
use comprehensions::comp;

struct User {
    name: String,
    age: u32,
}

struct Team {
    users: Vec<User>,
}

impl Team {
    fn names(&self) -> Vec<String> {
        comp![name.to_uppercase() for User { name, age } in &self.users]
    }
}

fn main() {
    let t = Team { users: vec![User { name: "ana".into(), age: 31 }] };
    println!("{:?} {}", t.names(), t.users[0].age);
}
