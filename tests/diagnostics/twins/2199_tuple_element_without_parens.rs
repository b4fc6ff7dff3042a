//! mistake: wrote a tuple element `u.id, u.username.clone()` without its parentheses
//! offending: u.id, u.username.clone()
//! category: syntax
use std::collections::HashMap;

struct User {
    id: u64,
    username: String,
    is_staff: bool,
}

fn main() {
    let users = vec![
        User { id: 1, username: "ana".to_string(), is_staff: true },
        User { id: 2, username: "bo".to_string(), is_staff: false },
    ];
    let staff_directory: HashMap<u64, String> = users.iter().filter(|u| u.is_staff).map(|u| u.id, u.username.clone()).collect();
    println!("{staff_directory:?}");
}
