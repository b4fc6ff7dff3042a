//! mistake: itertools.chain(a, b) as a free function without importing it (Rust: a.iter().chain(&b))
fn main() {
    let admins = vec!["root", "ops"];
    let users = vec!["ann", "bob"];
    let mut logins = Vec::new();
    for u in chain(&admins, &users) {
        logins.push(format!("{u}@corp"));
    }
    println!("{logins:?}");
}
