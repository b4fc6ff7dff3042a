//! mistake: moved the owned outer `user` into each subscription of the inner loop
//! offending: user: u
//! category: ownership
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
    let mut subs = Vec::new();
    for u in users {
        for t in &topics {
            subs.push(Subscription { user: u, topic: t.clone() });
        }
    }
    println!("{subs:?}");
}
