//! mistake: a report collects a filtered lazy form of `&str` names into a `HashSet<String>` (`.to_string()` forgotten)
//! offending: collect()
//! category: type
use std::collections::HashSet;

struct User {
    name: String,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), active: true }, User { name: "bo".into(), active: false }];
    let names: HashSet<String> = users.iter().filter(|u| u.active).map(|u| u.name.as_str()).collect();
    println!("{names:?}");
}
