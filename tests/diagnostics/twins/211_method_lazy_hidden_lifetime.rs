//! mistake: a method returning `impl Iterator<Item = u32>` borrowing `self`, without `+ '_` (hand-written)
//! offending: self.users.iter().filter(|u| u.active).map(|u| u.id)
struct User {
    id: u32,
    active: bool,
}

struct Directory {
    users: Vec<User>,
}

impl Directory {
    fn active_ids(&self) -> impl Iterator<Item = u32> {
        self.users.iter().filter(|u| u.active).map(|u| u.id)
    }
}

fn main() {
    let d = Directory { users: vec![User { id: 1, active: true }] };
    println!("{:?}", d.active_ids().collect::<Vec<_>>());
}
