//! mistake: moved `handle` out of `users[i]` with a Python-style index loop
//! offending: users[i].handle
//! category: ownership
use comprehensions::comp;

struct User {
    handle: String,
    followers: u32,
}

fn main() {
    let mut users = vec![
        User { handle: "@ana".into(), followers: 900 },
        User { handle: "@bo".into(), followers: 40 },
        User { handle: "@cy".into(), followers: 77 },
    ];
    users.sort_by(|a, b| b.followers.cmp(&a.followers));
    let top = comp![users[i].handle for i in 0..2];
    println!("{top:?}");
}
