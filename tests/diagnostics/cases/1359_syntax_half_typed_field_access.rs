//! mistake: a half-typed field access `u.` left in the element's tuple mid-edit
//! offending: u.)
//! category: syntax
use comprehensions::comp;

struct User {
    name: String,
    email: String,
}

struct Team {
    users: Vec<User>,
}

impl Team {
    fn contacts(&self) -> Vec<(String, String)> {
        comp![(u.name.clone(), u.) for u in &self.users]
    }
}

fn main() {
    let t = Team { users: vec![User { name: "ann".into(), email: "a@x".into() }] };
    println!("{:?}", t.contacts());
}
