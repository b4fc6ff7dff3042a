//! mistake: an inner `for` over an integer count (Python's `for i in n`: 'int' object is not iterable)
//! offending: qty
//! category: type
use comprehensions::comp;

fn main() {
    let order: Vec<(&str, usize)> = vec![("bolt", 2), ("nut", 3)];
    let labels = comp![format!("{item}-{i}") for (item, qty) in &order for i in qty];
    println!("{labels:?}");
}
