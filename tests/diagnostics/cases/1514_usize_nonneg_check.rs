//! mistake: Python's `if x - 1 >= 0` guard on a `usize`, always true (the subtraction underflows instead)
//! offending: x - 1 >= 0
//! category: lint
use comprehensions::comp;

fn main() {
    let xs: Vec<usize> = vec![0, 3, 7];
    let shifted = comp![x - 1 for &x in &xs if x - 1 >= 0];
    println!("{shifted:?}");
}
