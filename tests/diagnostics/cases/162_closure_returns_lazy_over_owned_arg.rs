//! mistake: a closure that takes a Vec by value and returns a lazy comprehension borrowing it
//! offending: comp!((x + 1 for x in &v))
//! category: ownership
use comprehensions::comp;

fn main() {
    let bump = |v: Vec<i32>| comp!((x + 1 for x in &v));
    let out: Vec<i32> = bump(vec![1, 2, 3]).collect();
    println!("{out:?}");
}
