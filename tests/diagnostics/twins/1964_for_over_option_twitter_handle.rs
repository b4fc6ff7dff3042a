//! mistake: iterated an optional field as if it were a list (Python's `[f"@{h}" for h in [u.twitter] if h]`), `for h in u.twitter.as_deref()`
//! offending: h in u.twitter.as_deref()
//! category: lint
struct User {
    twitter: Option<String>,
}

fn main() {
    let u = User { twitter: Some("acme".into()) };
    let mut handles = Vec::new();
    for h in u.twitter.as_deref() {
        handles.push(format!("@{h}"));
    }
    println!("{handles:?}");
}
