//! mistake: struct field shorthand `username` moves the String, then the next field borrows it
//! offending: username.to_lowercase()
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Account {
    username: String,
    email: String,
}

fn main() {
    let names = vec!["Ada".to_string(), "Grace".to_string()];
    // Python: accounts = [Account(username=u, email=f"{u.lower()}@example.com") for u in names]
    let accounts = comp![Account { username, email: format!("{}@example.com", username.to_lowercase()) } for username in names];
    println!("{accounts:?}");
}
