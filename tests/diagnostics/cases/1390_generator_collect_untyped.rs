//! mistake: `list(gen)` as `.collect()` with no type anywhere, then the result only printed
//! offending: names
//! category: type
use comprehensions::comp;

struct User {
    name: String,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), active: true }];
    let names = comp!((u.name.clone() for u in &users if u.active)).collect();
    println!("{names:?}");
}
