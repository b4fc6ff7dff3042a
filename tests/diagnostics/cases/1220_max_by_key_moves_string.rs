//! mistake: Python's `max(users, key=lambda u: u.name)` as `.max_by_key(|u| u.name)`: the key moves the `String` out of a borrowed user
//! offending: u.name
//! category: ownership
use comprehensions::comp;

struct User {
    name: String,
    active: bool,
}

struct Directory {
    users: Vec<User>,
}

impl Directory {
    fn last_active_name(&self) -> Option<&User> {
        comp!((u for u in &self.users if u.active)).max_by_key(|u| u.name)
    }
}

fn main() {
    let dir = Directory { users: vec![User { name: "kim".into(), active: true }] };
    println!("{:?}", dir.last_active_name().map(|u| u.name.len()));
}
