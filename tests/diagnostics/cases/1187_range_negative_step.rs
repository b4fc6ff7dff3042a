//! mistake: Python's `range(n - 1, -1, -1)` as `(n - 1..=0).step_by(-1)`: `step_by` takes a `usize`, which cannot be negative
//! offending: step_by(-1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs = vec![10, 20, 30];
    let n = xs.len();
    let back = comp![xs[i] for i in (n - 1..=0).step_by(-1)];
    println!("{back:?}");
}
