//! mistake: parentheses left around the iterable after turning `range(0, n)` into `(0..n)`
//! offending: (0..n)
//! category: lint
use comprehensions::comp;

fn main() {
    let n = 5;
    // Python: squares = [i * i for i in range(0, n)]
    let squares = comp![i * i for i in (0..n)];
    println!("{squares:?}");
}
