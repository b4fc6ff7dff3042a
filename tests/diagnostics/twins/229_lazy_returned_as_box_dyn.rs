//! mistake: returning an iterator chain from a function declared `-> Box<dyn Iterator<Item = u32>>` without `Box::new` (hand-written)
//! offending: users.into_iter().filter(|u| u.active).map(|u| u.id)
struct User {
    id: u32,
    active: bool,
}

fn active_ids(users: Vec<User>) -> Box<dyn Iterator<Item = u32>> {
    users.into_iter().filter(|u| u.active).map(|u| u.id)
}

fn main() {
    let users = vec![User { id: 1, active: true }, User { id: 2, active: false }];
    println!("{:?}", active_ids(users).collect::<Vec<_>>());
}
