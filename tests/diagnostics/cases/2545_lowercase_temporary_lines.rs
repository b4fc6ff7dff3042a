//! mistake: kept `&str` lines borrowed from the temporary `to_lowercase()` String past the statement
//! offending: raw_log.to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let raw_log = String::from("Invalid user ADMIN from 203.0.113.8\nAccepted password for Alice from 10.0.0.2\nInvalid user Oracle from 198.51.100.3");
    let invalid = comp![l for l in raw_log.to_lowercase().lines() if l.starts_with("invalid user")];
    for l in &invalid {
        println!("{l}");
    }
}
