//! mistake: a chained bounds check `-1 < i < n` on `usize` indices
//! offending: -1
//! category: python-habit
use comprehensions::comp;

fn main() {
    let n: usize = 5;
    let idx: Vec<usize> = vec![0, 3, 7];
    let ok = comp![i for i in idx if -1 < i < n];
    println!("{ok:?}");
}
