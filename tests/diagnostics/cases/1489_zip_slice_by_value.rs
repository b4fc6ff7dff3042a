//! mistake: Python's `zip(a, a[1:])` as `zip(a[1..])`, the unsized slice passed by value instead of `&a[1..]`
//! offending: a[1..]
//! category: type
use comprehensions::comp;

fn main() {
    let a: Vec<i32> = vec![1, 4, 9, 16];
    let diffs = comp![y - x for (x, y) in a.iter().zip(a[1..])];
    println!("{diffs:?}");
}
