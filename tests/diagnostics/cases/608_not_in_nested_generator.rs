//! mistake: Python's `u.id not in (b.user_id for b in bans)`: membership in a nested generator expression, which has no `contains`
//! offending: u.id not in (b.user_id for b in &bans)
//! category: python-habit
use comprehensions::comp;

struct User {
    id: u32,
    name: String,
}

struct Ban {
    user_id: u32,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bo".into() }];
    let bans = vec![Ban { user_id: 2 }];
    let allowed = comp![u.name.clone() for u in &users if u.id not in (b.user_id for b in &bans)];
    println!("{allowed:?}");
}
