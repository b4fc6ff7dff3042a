//! mistake: Python's `range(0, n, 2)` as `0..n.step_by(2)` without parentheses (the method binds to `n`)
//! offending: n.step_by(2)
//! category: type
use comprehensions::comp;

fn main() {
    let n = 10;
    // Python: evens = [i * i for i in range(0, n, 2)]
    let evens = comp![i * i for i in 0..n.step_by(2)];
    println!("{evens:?}");
}
