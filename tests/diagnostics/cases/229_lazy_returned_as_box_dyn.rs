//! mistake: returning a lazy comprehension from a function declared `-> Box<dyn Iterator<Item = u32>>` without `Box::new`
//! offending: comp!(move (u.id for u in users if u.active))
//! category: type
use comprehensions::comp;

struct User {
    id: u32,
    active: bool,
}

fn active_ids(users: Vec<User>) -> Box<dyn Iterator<Item = u32>> {
    // Python: return (u.id for u in users if u.active)
    comp!(move (u.id for u in users if u.active))
}

fn main() {
    let users = vec![User { id: 1, active: true }, User { id: 2, active: false }];
    println!("{:?}", active_ids(users).collect::<Vec<_>>());
}
