//! mistake: Python's `k in cfg` membership test on a `HashMap`'s keys
//! offending: k in cfg
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let cfg: HashMap<&str, u32> = HashMap::from([("port", 80), ("workers", 4)]);
    let wanted = vec!["port", "debug"];
    let present: Vec<_> = wanted.iter().filter(|k| k in cfg).collect();
    println!("{present:?}");
}
