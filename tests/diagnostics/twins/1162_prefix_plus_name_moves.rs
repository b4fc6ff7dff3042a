//! mistake: builds keys with `prefix + name`, Python's string concatenation, which moves the `String` `prefix` on the first item
//! offending: prefix
//! category: python-habit
fn main() {
    let prefix = String::from("user:");
    let names = vec!["ann".to_string(), "bo".to_string()];
    let mut keys = Vec::new();
    for name in &names {
        if !name.is_empty() {
            keys.push(prefix + name);
        }
    }
    println!("{keys:?}");
}
