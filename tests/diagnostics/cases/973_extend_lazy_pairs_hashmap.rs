//! mistake: a `HashMap<String, u32>` of counters seeded from a filtered lazy form passed straight to `extend`, with `&str` keys
//! offending: (w, 0)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<String, u32> = HashMap::new();
    let header = "region,,product,units";
    counts.extend(comp!(((w, 0) for w in header.split(',') if !w.is_empty())));
    println!("{counts:?}");
}
