//! mistake: a method returning `impl Iterator<Item = u32>` from a lazy comprehension over `&self.users`, without `+ '_` (edition 2021)
//! offending: comp!((u.id for u in &self.users if u.active))
//! category: ownership
use comprehensions::comp;

struct User {
    id: u32,
    active: bool,
}

struct Directory {
    users: Vec<User>,
}

impl Directory {
    fn active_ids(&self) -> impl Iterator<Item = u32> {
        comp!((u.id for u in &self.users if u.active))
    }
}

fn main() {
    let d = Directory { users: vec![User { id: 1, active: true }] };
    println!("{:?}", d.active_ids().collect::<Vec<_>>());
}
