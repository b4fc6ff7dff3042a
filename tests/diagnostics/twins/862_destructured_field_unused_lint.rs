//! mistake: destructures a struct in the loop pattern and binds a field it never uses (lint: unused_variables)
//! offending: User { name, age }
//! category: lint
struct User {
    name: String,
    age: u32,
}

struct Team {
    users: Vec<User>,
}

impl Team {
    fn names(&self) -> Vec<String> {
        let mut out = Vec::new();
        for User { name, age } in &self.users {
            out.push(name.to_uppercase());
        }
        out
    }
}

fn main() {
    let t = Team { users: vec![User { name: "ana".into(), age: 31 }] };
    println!("{:?} {}", t.names(), t.users[0].age);
}
