//! mistake: Python's `[lambda x: x * k for k in ..]`: closures borrowing the loop variable
//! offending: |x: i32| x * k
//! category: ownership
use comprehensions::comp;

fn main() {
    let multipliers = comp![|x: i32| x * k for k in 1..4];
    let results = comp![f(10) for f in &multipliers];
    println!("{results:?}");
}
