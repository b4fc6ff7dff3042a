//! mistake: the inner display is a generator `(..)` where a list `[..]` was meant, in a `Vec<Vec<i32>>`
//! offending: (x * k for x in &base)
//! category: type
use comprehensions::comp;

fn main() {
    let base = vec![1, 2, 3];
    let factors = vec![1, 10, 100];
    let table: Vec<Vec<i32>> = comp![(x * k for x in &base) for k in &factors];
    println!("{table:?}");
}
