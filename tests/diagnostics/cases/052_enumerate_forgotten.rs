//! mistake: `for i, x in xs` without `.enumerate()`, expecting an index as Python's `enumerate` gives
//! offending: i, x
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs = vec![10, 20, 30];
    let weighted = comp![i * x for i, x in xs];
    println!("{weighted:?}");
}
