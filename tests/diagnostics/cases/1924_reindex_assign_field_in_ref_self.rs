//! mistake: rebuilt an index field with a dict comprehension inside a `&self` method (Python's `self.by_email = {...}` needs `&mut self` here)
//! offending: self.by_email
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    id: u64,
    email: String,
}

struct Directory {
    users: Vec<User>,
    by_email: HashMap<String, u64>,
}

impl Directory {
    fn reindex(&self) {
        self.by_email = comp!({u.email.clone(): u.id for u in &self.users});
    }
}

fn main() {
    let dir = Directory { users: vec![User { id: 7, email: "a@x.io".into() }], by_email: HashMap::new() };
    dir.reindex();
    println!("{:?}", dir.by_email);
}
