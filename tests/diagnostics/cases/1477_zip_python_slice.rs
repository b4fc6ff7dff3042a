//! mistake: Python's `zip(a, a[1:])` for adjacent differences, with the slice written `a[1:]`
//! offending: [1:]
//! category: syntax
use comprehensions::comp;

fn main() {
    let a = vec![1, 4, 9, 16];
    let diffs = comp![y - x for (x, y) in a.iter().zip(&a[1:])];
    println!("{diffs:?}");
}
