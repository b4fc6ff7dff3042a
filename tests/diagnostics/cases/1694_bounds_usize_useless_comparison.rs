//! mistake: Python's bounds check `0 <= i < n` on `usize` indices, whose `0 <= i` is always true
//! offending: 0 <= i
//! category: lint
use comprehensions::comp;

fn in_bounds(idx: &[usize], n: usize) -> Vec<usize> {
    comp![i for i in idx.iter().copied() if 0 <= i < n]
}

fn main() {
    println!("{:?}", in_bounds(&[0, 3, 9], 5));
}
