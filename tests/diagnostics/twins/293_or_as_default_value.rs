//! mistake: Python's `u.nick or "anonymous"` to fall back on a default value (hand-written)
struct User {
    nick: Option<String>,
}

fn main() {
    let users = vec![User { nick: Some("zed".into()) }, User { nick: None }];
    let mut shown = Vec::new();
    for u in &users {
        shown.push(u.nick.as_deref() or "anonymous");
    }
    println!("{shown:?}");
}
