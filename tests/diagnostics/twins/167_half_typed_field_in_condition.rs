//! mistake: half-typed filter closure, a field access `u.` not finished (hand-written)
//! offending: u.)
struct User {
    name: String,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), active: true }];
    let names: Vec<&String> = users.iter().filter(|u| u.).map(|u| &u.name).collect();
    println!("{names:?}");
}
