//! mistake: `list(it)` as `.collect()` with no type anywhere, then the result only printed
//! offending: names
//! category: type
struct User {
    name: String,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), active: true }];
    let names = users.iter().filter(|u| u.active).map(|u| u.name.clone()).collect();
    println!("{names:?}");
}
