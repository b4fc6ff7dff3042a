//! mistake: the `in` left out between the loop pattern and the iterable
//! offending: (k, v) counts
//! category: syntax
use std::collections::HashMap;

fn main() {
    let counts: HashMap<&str, u32> = HashMap::from([("a", 2), ("b", 1)]);
    let mut keys = Vec::new();
    for (k, v) counts.iter() {
        if *v > 1 {
            keys.push(k);
        }
    }
    println!("{keys:?}");
}
