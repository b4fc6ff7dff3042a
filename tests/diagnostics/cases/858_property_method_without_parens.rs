//! mistake: reads a method as a Python `@property`, `u.full_name`, without the call parentheses
//! offending: u.full_name
//! category: python-habit
use comprehensions::comp;

struct User {
    first: String,
    last: String,
}

impl User {
    fn full_name(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

struct Team {
    users: Vec<User>,
}

impl Team {
    fn roster(&self) -> Vec<String> {
        comp![u.full_name for u in &self.users]
    }
}

fn main() {
    let t = Team { users: vec![User { first: "Ada".into(), last: "Lovelace".into() }] };
    println!("{:?}", t.roster());
}
