//! mistake: moved the owned outer `user` into each subscription of the inner loop
//! offending: user: u
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct User {
    handle: String,
}

#[derive(Debug)]
struct Subscription {
    user: User,
    topic: String,
}

fn main() {
    let users = vec![User { handle: "@ana".into() }, User { handle: "@bo".into() }];
    let topics = vec!["#rust".to_string(), "#music".to_string()];
    let subs = comp![Subscription { user: u, topic: t.clone() } for u in users for t in &topics];
    println!("{subs:?}");
}
