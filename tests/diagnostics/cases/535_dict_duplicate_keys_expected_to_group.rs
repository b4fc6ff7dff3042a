//! mistake: a dict `{u.dept: u.name ...}` annotated `HashMap<String, Vec<String>>`, expecting duplicate keys to collect into a list (the last one wins)
//! offending: u.name.clone()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    name: String,
    dept: String,
}

fn main() {
    let users = vec![
        User { name: "ann".to_string(), dept: "ops".to_string() },
        User { name: "bob".to_string(), dept: "ops".to_string() },
    ];
    // Python (wrong there too): by_dept = {u.dept: u.name for u in users}
    let by_dept: HashMap<String, Vec<String>> = comp!({u.dept.clone(): u.name.clone() for u in &users});
    println!("{by_dept:?}");
}
