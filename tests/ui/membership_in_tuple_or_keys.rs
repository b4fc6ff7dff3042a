// Python's `x in (a, b)` and `k in d.keys()`: the Rust spelling for each,
// an array's `contains` (a tuple has none) and a map's `contains_key`.
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let files = vec!["a.jpg", "b.txt"];
    let images = comp![f for f in &files if f.rsplit('.').next().unwrap() in ("jpg", "png")];
    let prices = HashMap::from([("apple", 3)]);
    let known = comp![w for w in ["apple", "kiwi"] if w in prices.keys() for _ in 0..1];
    println!("{images:?} {known:?}");
}
