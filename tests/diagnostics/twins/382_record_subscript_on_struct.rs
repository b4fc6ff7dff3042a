struct User {
    email: String,
    active: bool,
}

fn main() {
    let users = vec![
        User { email: "a@example.com".to_string(), active: true },
        User { email: "b@example.com".to_string(), active: false },
    ];
    let mut emails: Vec<&str> = Vec::new();
    for u in &users {
        if u.active {
            emails.push(u["email"].as_str());
        }
    }
    println!("{:?}", emails);
}
