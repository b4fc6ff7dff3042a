//! mistake: used Python's builtin `abs(..)` instead of the method `(c - p).abs()`
//! offending: abs(c - p)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let prev: Vec<i64> = vec![10, 20, 30];
    let cur: Vec<i64> = vec![12, 15, 30];
    let deltas: Vec<i64> = comp![abs(c - p) for (p, c) in prev.iter().zip(&cur)];
    println!("{deltas:?}");
}
