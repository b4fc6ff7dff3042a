//! mistake: bumps a counter on each user (`u.visits += 1`) while iterating `&users`, a shared borrow
//! offending: u.visits += 1
//! category: ownership
use comprehensions::comp;

struct User {
    name: String,
    visits: u32,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), visits: 0, active: true }];
    let seen = comp![{ u.visits += 1; u.name.as_str() } for u in &users if u.active];
    println!("{seen:?}");
}
