//! mistake: Python's `u.nick or "anonymous"` to fall back on a default value
//! offending: or
//! category: python-habit
use comprehensions::comp;

struct User {
    nick: Option<String>,
}

fn main() {
    let users = vec![User { nick: Some("zed".into()) }, User { nick: None }];
    // Python: [u.nick or "anonymous" for u in users]
    let shown = comp![u.nick.as_deref() or "anonymous" for u in &users];
    println!("{shown:?}");
}
