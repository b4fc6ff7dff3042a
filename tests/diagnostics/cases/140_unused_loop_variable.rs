//! mistake: Python's `[0 for i in range(n)]`: a loop variable the element never uses
//! offending: i
//! category: lint
use comprehensions::comp;

fn main() {
    let n = 4;
    let zeros = comp![0.0 for i in 0..n];
    println!("{zeros:?}");
}
