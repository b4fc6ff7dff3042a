//! mistake: Python's d.items() on a HashMap
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut params = HashMap::new();
    params.insert("page", 2);
    params.insert("limit", 50);
    let query = comp![format!("{k}={v}") for (k, v) in params.items()];
    println!("?{}", query.join("&"));
}
