//! mistake: the `in` left out between the loop pattern and the iterable
//! offending: (k, v) counts
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let counts: HashMap<&str, u32> = HashMap::from([("a", 2), ("b", 1)]);
    let keys = comp![k for (k, v) counts.iter() if *v > 1];
    println!("{keys:?}");
}
