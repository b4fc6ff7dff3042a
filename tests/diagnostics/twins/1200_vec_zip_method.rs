//! mistake: `names.zip(scores)` on a `Vec` in a loop
//! offending: zip
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let names = vec!["ann", "bob"];
    let scores = vec![9, 7];
    let mut table = HashMap::new();
    for (n, s) in names.zip(scores) {
        table.insert(n, s);
    }
    println!("{table:?}");
}
