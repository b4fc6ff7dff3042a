//! mistake: Python's built-ins `min(a, b)` and `max(a, b)` in a set comprehension of normalised edges, without importing `std::cmp::{min, max}`
//! offending: min
//! category: python-habit
use comprehensions::comp;

fn main() {
    let edges = vec![(3, 1), (1, 3), (2, 5)];
    let undirected = comp!({(min(a, b), max(a, b)) for (a, b) in edges});
    println!("{} edges", undirected.len());
}
