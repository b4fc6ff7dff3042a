//! mistake: a chained comparison `0 <= i < len(v)` with `i: i32` against a `usize` length
//! offending: v.len()
//! category: type
use comprehensions::comp;

fn main() {
    let v = vec!["a", "b", "c"];
    let offsets: Vec<i32> = vec![-1, 0, 2, 5];
    let picked = comp![v[i as usize] for i in offsets if 0 <= i < v.len()];
    println!("{picked:?}");
}
