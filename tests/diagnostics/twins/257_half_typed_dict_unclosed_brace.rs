//! mistake: a map literal whose `{` is closed with `)` (hand-written, closure body)
use std::collections::HashMap;

fn main() {
    let pairs = vec![("a", 1), ("b", 2)];
    let m: HashMap<&str, i32> = pairs.into_iter().map(|(k, v)| {(k, v)).collect();
    println!("{m:?}");
}
