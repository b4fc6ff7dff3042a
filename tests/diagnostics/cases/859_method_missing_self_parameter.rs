//! mistake: defines a method without the `&self` parameter (Python's `def active_names(self)` has it explicit, and the user dropped it)
//! offending: self.users
//! category: python-habit
use comprehensions::comp;

struct User {
    name: String,
    active: bool,
}

struct Team {
    users: Vec<User>,
}

impl Team {
    fn active_names() -> Vec<String> {
        comp![u.name.clone() for u in &self.users if u.active]
    }
}

fn main() {
    let t = Team { users: vec![User { name: "ana".into(), active: true }] };
    println!("{:?}", t.active_names());
}
