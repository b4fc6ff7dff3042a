//! mistake: Python's `u.email is None` to find users without an email (hand-written)
struct User {
    name: String,
    email: Option<String>,
}

fn main() {
    let users = vec![
        User { name: "ann".into(), email: Some("ann@x.org".into()) },
        User { name: "bob".into(), email: None },
    ];
    let mut missing = Vec::new();
    for u in &users {
        if u.email is None {
            missing.push(u.name.as_str());
        }
    }
    println!("{missing:?}");
}
