//! mistake: itertools.chain(a, b) as a free function without importing it (Rust: a.iter().chain(&b))
//! offending: chain
//! category: python-habit
use comprehensions::comp;

fn main() {
    let admins = vec!["root", "ops"];
    let users = vec!["ann", "bob"];
    let logins = comp![format!("{u}@corp") for u in chain(&admins, &users)];
    println!("{logins:?}");
}
