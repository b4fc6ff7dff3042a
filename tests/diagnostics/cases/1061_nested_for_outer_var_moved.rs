//! mistake: Python's `[(user, role) for user in users for role in roles]` shares `user`; in Rust the owned `String` is moved by the first pair
//! offending: user
//! category: python-habit
use comprehensions::comp;

fn main() {
    let users = vec!["ann".to_string(), "bo".to_string()];
    let roles = vec!["read", "write"];
    let grants = comp![(user, role) for user in users for role in &roles];
    println!("{grants:?}");
}
