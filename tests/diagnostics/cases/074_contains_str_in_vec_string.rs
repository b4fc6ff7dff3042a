//! mistake: `allowed.contains(user)` with `Vec<String>` and a `&str`
//! offending: user
//! category: type
use comprehensions::comp;

fn main() {
    let allowed: Vec<String> = vec!["root".into(), "admin".into()];
    let logins = ["guest", "admin", "root"];
    let granted = comp![user for user in logins if allowed.contains(user)];
    println!("{granted:?}");
}
