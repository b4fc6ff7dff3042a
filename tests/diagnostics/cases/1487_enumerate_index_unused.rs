//! mistake: Python's `for i, x in enumerate(a)` kept out of habit, the index never used
//! offending: (i, x)
//! category: lint
use comprehensions::comp;

fn main() {
    let a = vec![3, 1, 4];
    let doubled = comp![x * 2 for (i, x) in a.iter().enumerate()];
    println!("{doubled:?}");
}
