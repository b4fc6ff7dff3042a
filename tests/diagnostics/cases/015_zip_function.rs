//! mistake: Python's `zip(names, ages)` as a free function in a dict comprehension
//! offending: zip
//! category: python-habit
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let names = vec!["ana", "bo"];
    let ages = vec![34, 17];
    let by_name: HashMap<&str, u32> = comp!({n: a for n, a in zip(names, ages)});
    println!("{by_name:?}");
}
