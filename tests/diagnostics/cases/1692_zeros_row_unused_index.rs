//! mistake: Python's `[0.0 for i in range(n)]` keeps a loop variable that is never used
//! offending: i
//! category: lint
use comprehensions::comp;

fn main() {
    let n = 4;
    let row = comp![0.0 for i in 0..n];
    println!("{row:?}");
}
