//! mistake: an `Option<String>` field moved out of a borrowed row while building `(id, avatar_url)` response pairs
//! offending: u.avatar_url
//! category: ownership
use comprehensions::comp;

struct User {
    id: u32,
    avatar_url: Option<String>,
}

fn main() {
    let users = vec![
        User { id: 1, avatar_url: Some("https://cdn/a.png".to_string()) },
        User { id: 2, avatar_url: None },
    ];
    let body = comp![(u.id, u.avatar_url) for u in &users];
    println!("{body:?} {}", users.len());
}
