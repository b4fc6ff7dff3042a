//! mistake: used Python's builtin `abs(..)` instead of the method `(c - p).abs()`
//! offending: abs(c - p)
//! category: python-habit

fn main() {
    let prev: Vec<i64> = vec![10, 20, 30];
    let cur: Vec<i64> = vec![12, 15, 30];
    let deltas: Vec<i64> = prev.iter().zip(&cur).map(|(p, c)| abs(c - p)).collect();
    println!("{deltas:?}");
}
