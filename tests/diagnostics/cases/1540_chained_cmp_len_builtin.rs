//! mistake: Python's `0 <= i < len(xs)` bounds check with the `len` builtin
//! offending: len
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs = vec![10, 20, 30];
    let idx: Vec<i64> = vec![0, 2, 5];
    let picked = comp![xs[i as usize] for i in idx if 0 <= i < len(xs)];
    println!("{picked:?}");
}
