//! mistake: defines a method without the `&self` parameter (Python's `def active_names(self)` has it explicit, and the user dropped it)
//! offending: self.users
//! category: python-habit
struct User {
    name: String,
    active: bool,
}

struct Team {
    users: Vec<User>,
}

impl Team {
    fn active_names() -> Vec<String> {
        let mut out = Vec::new();
        for u in &self.users {
            if u.active {
                out.push(u.name.clone());
            }
        }
        out
    }
}

fn main() {
    let t = Team { users: vec![User { name: "ana".into(), active: true }] };
    println!("{:?}", t.active_names());
}
