//! mistake: Python's `is None` to find users without an email
//! offending: is None
//! category: python-habit
struct User {
    name: String,
    email: Option<String>,
}

fn main() {
    let users = vec![
        User { name: "ann".into(), email: Some("a@x.io".into()) },
        User { name: "bob".into(), email: None },
    ];
    let missing: Vec<_> = users.iter().filter(|u| u.email is None).map(|u| &u.name).collect();
    println!("{missing:?}");
}
