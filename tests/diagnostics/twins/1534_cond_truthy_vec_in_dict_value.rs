//! mistake: Python's truthiness of a list in a conditional dict value, `tags.len() if tags else 0`
//! offending: tags {
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let groups: Vec<(&str, Vec<&str>)> = vec![("a", vec!["x", "y"]), ("b", vec![])];
    let mut sizes = HashMap::new();
    for (name, tags) in &groups {
        sizes.insert(*name, if tags { tags.len() } else { 0 });
    }
    println!("{sizes:?}");
}
