//! mistake: Python's d.items() on a HashMap
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut params = HashMap::new();
    params.insert("page", 2);
    params.insert("limit", 50);
    let mut query = Vec::new();
    for (k, v) in params.items() {
        query.push(format!("{k}={v}"));
    }
    println!("?{}", query.join("&"));
}
