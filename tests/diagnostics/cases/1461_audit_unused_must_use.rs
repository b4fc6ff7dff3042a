//! mistake: a list comprehension used for its side effect only, to write an audit log line per user (its list discarded)
//! offending: comp![audit(&u.name) for u in &users]
//! category: lint
use comprehensions::comp;

struct User {
    name: String,
}

fn audit(name: &str) {
    println!("audit: {name} listed");
}

fn main() {
    let users = vec![User { name: "ana".into() }, User { name: "bo".into() }];
    comp![audit(&u.name) for u in &users];
}
