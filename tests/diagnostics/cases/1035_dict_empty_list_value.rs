//! mistake: Python's `{k: [] for k in keys}`: `[]` is an empty array in Rust, not a growable list
//! offending: push
//! category: python-habit
use comprehensions::comp;

fn main() {
    let keys = vec!["red", "blue"];
    let mut buckets = comp!({*k: [] for k in &keys});
    buckets.get_mut("red").unwrap().push(7);
    println!("{:?}", buckets);
}
