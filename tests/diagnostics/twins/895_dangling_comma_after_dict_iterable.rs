//! mistake: a dangling `,` after the iterable of a `for` loop
//! offending: ,
//! category: syntax
use std::collections::HashMap;

fn main() {
    let pairs = vec![("a", 1), ("b", 2)];
    let mut index = HashMap::new();
    for (k, v) in pairs, {
        index.insert(k, v * 10);
    }
    println!("{index:?}");
}
