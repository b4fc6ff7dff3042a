//! mistake: a Python `#` comment at the end of a line inside a multi-line iterator chain (hand-written)
struct User {
    name: String,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), active: true }, User { name: "bob".into(), active: false }];
    let active: Vec<&str> = users
        .iter()
        .filter(|u| u.active)  # skip disabled accounts
        .map(|u| u.name.as_str())
        .collect();
    println!("{active:?}");
}
