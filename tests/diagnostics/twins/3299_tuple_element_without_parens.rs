//! mistake: wrote a tuple element without its parentheses
//! offending: u.id, u.handle.clone()
//! category: syntax
struct User {
    id: u64,
    handle: String,
}

fn main() {
    let users = vec![User { id: 1, handle: "@ana".into() }, User { id: 2, handle: "@bo".into() }];
    let index: Vec<(u64, String)> = users.iter().map(|u| u.id, u.handle.clone()).collect();
    println!("{index:?}");
}
