//! mistake: Python's `k in cfg` membership test on a `HashMap`'s keys
//! offending: k in cfg
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let cfg: HashMap<&str, u32> = HashMap::from([("port", 80), ("workers", 4)]);
    let wanted = vec!["port", "debug"];
    let present = comp![k for k in &wanted if k in cfg];
    println!("{present:?}");
}
