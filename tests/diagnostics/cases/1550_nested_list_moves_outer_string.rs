//! mistake: an inner list display moves the outer loop's `String` into every pair
//! offending: (row, c)
//! category: ownership
use comprehensions::comp;

fn main() {
    let rows = vec!["a".to_string(), "b".to_string()];
    let cols = vec![1, 2, 3];
    let cells = comp![[(row, c) for c in &cols] for row in rows];
    println!("{cells:?}");
}
