//! mistake: struct field shorthand `username` moves the String, then the next field borrows it
//! offending: username.to_lowercase()
//! category: ownership
#[derive(Debug)]
struct Account {
    username: String,
    email: String,
}

fn main() {
    let names = vec!["Ada".to_string(), "Grace".to_string()];
    let mut accounts = Vec::new();
    for username in names {
        accounts.push(Account { username, email: format!("{}@example.com", username.to_lowercase()) });
    }
    println!("{accounts:?}");
}
