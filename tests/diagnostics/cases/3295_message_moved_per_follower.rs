//! mistake: moved one notification `String` into every follower's notification
//! offending: text: msg
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Notification {
    to: u64,
    text: String,
}

fn main() {
    let author = "@ana";
    let title = "My trip to Lisbon";
    let followers: Vec<u64> = vec![11, 12, 13];
    let msg = format!("{author} posted: {title}");
    let outbox = comp![Notification { to: *f, text: msg } for f in &followers];
    println!("{outbox:?}");
}
