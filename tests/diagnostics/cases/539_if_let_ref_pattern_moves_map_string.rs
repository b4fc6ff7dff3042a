//! mistake: `if let Some(&name) = names.get(&id)` on a `HashMap<u32, String>`: the `&` pattern moves the String out of the map
//! offending: &name
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let names: HashMap<u32, String> = HashMap::from([(1, "ann".to_string())]);
    let ids = vec![1, 2];
    // Python: [names[i] for i in ids if i in names]
    let found: Vec<String> = comp![name for id in &ids if let Some(&name) = names.get(id)];
    println!("{found:?}");
}
