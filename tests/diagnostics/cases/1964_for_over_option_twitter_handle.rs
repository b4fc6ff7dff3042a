//! mistake: iterated an optional field as if it were a list (Python's `[f"@{h}" for h in [u.twitter] if h]`), `for h in u.twitter.as_deref()`
//! offending: h in u.twitter.as_deref()
//! category: lint
use comprehensions::comp;

struct User {
    twitter: Option<String>,
}

fn main() {
    let u = User { twitter: Some("acme".into()) };
    let handles = comp![format!("@{h}") for h in u.twitter.as_deref()];
    println!("{handles:?}");
}
