//! mistake: inserting the loop String as key, then borrowing it for the value (hand-written)
use std::collections::HashMap;

fn main() {
    let names: Vec<String> = vec!["ann".into(), "bob".into()];
    let mut lengths: HashMap<String, usize> = HashMap::new();
    for name in names {
        lengths.insert(name, name.len());
    }
    println!("{lengths:?}");
}
