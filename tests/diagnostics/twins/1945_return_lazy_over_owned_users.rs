//! mistake: returned a generator `(u.id for u in users if u.active)` over `users.iter()` of a `Vec` the function owns (Python's generator keeps the list alive)
//! offending: users.iter()
//! category: ownership
struct User {
    id: u64,
    active: bool,
}

fn active_ids(users: Vec<User>) -> impl Iterator<Item = u64> {
    users.iter().filter(|u| u.active).map(|u| u.id)
}

fn main() {
    let users = vec![User { id: 1, active: true }, User { id: 2, active: false }];
    println!("{:?}", active_ids(users).collect::<Vec<_>>());
}
