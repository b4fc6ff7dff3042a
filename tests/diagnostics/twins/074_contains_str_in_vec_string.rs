//! mistake: `allowed.contains(user)` with `Vec<String>` and a `&str` (hand-written)
fn main() {
    let allowed: Vec<String> = vec!["root".into(), "admin".into()];
    let logins = ["guest", "admin", "root"];
    let mut granted = Vec::new();
    for user in logins {
        if allowed.contains(user) {
            granted.push(user);
        }
    }
    println!("{granted:?}");
}
