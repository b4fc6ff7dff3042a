//! mistake: a report collects a filtered lazy form of `&str` names into a `HashSet<String>` (`.to_string()` forgotten)
//! offending: collect()
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

struct User {
    name: String,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), active: true }, User { name: "bo".into(), active: false }];
    let names: HashSet<String> = comp!((u.name.as_str() for u in &users if u.active)).collect();
    println!("{names:?}");
}
