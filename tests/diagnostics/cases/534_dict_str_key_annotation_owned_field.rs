//! mistake: a dict annotated `HashMap<&str, u32>` keyed by `u.name`, a `String` field (no `&`), over `&users`
//! offending: u.name
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    name: String,
    age: u32,
}

fn main() {
    let users = vec![User { name: "ann".to_string(), age: 31 }];
    // Python: ages = {u.name: u.age for u in users}
    let ages: HashMap<&str, u32> = comp!({u.name: u.age for u in &users});
    println!("{ages:?}");
}
