//! mistake: Python's `range(n)` ported with its parentheses kept around the range, `for i in (0..n)`
//! offending: (0..n)
//! category: lint
use comprehensions::comp;

fn main() {
    let n = 5;
    let squares = comp![i * i for i in (0..n)];
    println!("{squares:?}");
}
