//! mistake: half-typed closure body, `u.` waiting for a completion (hand-written)
struct User {
    name: String,
}

fn main() {
    let users = vec![User { name: "ann".into() }];
    let names: Vec<_> = users.iter().map(|u| u.).collect();
    println!("{}", names.len());
}
