//! mistake: incrementing an outer counter not declared `mut` inside the element
//! offending: next_id
//! category: ownership
use comprehensions::comp;

fn main() {
    let next_id = 100;
    let names = vec!["a", "b"];
    let rows = comp![{ next_id += 1; (next_id, n) } for n in names];
    println!("{rows:?}");
}
