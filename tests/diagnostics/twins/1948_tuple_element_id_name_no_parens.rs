//! mistake: wrote the pair element without its parentheses, `u.id, u.name.clone() for u in users`
//! offending: u.id, u.name.clone()
//! category: syntax
struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }];
    let mut options = Vec::new();
    for u in &users {
        options.push(u.id, u.name.clone());
    }
    println!("{options:?}");
}
