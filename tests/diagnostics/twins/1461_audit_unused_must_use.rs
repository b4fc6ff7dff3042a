//! mistake: a list comprehension used for its side effect only, to write an audit log line per user (its list discarded)
//! offending: users.iter().map(|u| audit(&u.name)).collect::<Vec<_>>()
//! category: lint
struct User {
    name: String,
}

fn audit(name: &str) {
    println!("audit: {name} listed");
}

fn main() {
    let users = vec![User { name: "ana".into() }, User { name: "bo".into() }];
    users.iter().map(|u| audit(&u.name)).collect::<Vec<_>>();
}
