//! mistake: indexes a `HashMap<String, u32>` with a `&&str` loop variable over a `Vec<&str>`
//! offending: stock[name]
//! category: type
use std::collections::HashMap;

fn main() {
    let stock: HashMap<String, u32> = HashMap::from([("apple".to_string(), 3), ("pear".to_string(), 0)]);
    let wanted = vec!["apple", "pear"];
    let mut qty = Vec::new();
    for name in &wanted {
        qty.push(stock[name]);
    }
    println!("{qty:?}");
}
