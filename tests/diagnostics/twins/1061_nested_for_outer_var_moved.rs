//! mistake: nested loops push the owned `user` once per role
//! offending: user
//! category: python-habit
fn main() {
    let users = vec!["ann".to_string(), "bo".to_string()];
    let roles = vec!["read", "write"];
    let mut grants = Vec::new();
    for user in users {
        for role in &roles {
            grants.push((user, role));
        }
    }
    println!("{grants:?}");
}
