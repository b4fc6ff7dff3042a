//! mistake: `for (name, i) in xs.iter().enumerate()`: enumerate yields (index, item), the pattern is swapped
//! offending: index.insert(name, i)
//! category: type
use std::collections::HashMap;

fn main() {
    let columns = vec!["id", "email", "created_at"];
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (name, i) in columns.iter().enumerate() {
        index.insert(name, i);
    }
    println!("{index:?}");
}
