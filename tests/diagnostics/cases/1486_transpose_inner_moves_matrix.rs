//! mistake: Python's transpose `[[row[i] for row in m] for i in range(len(m[0]))]`, the inner loop iterating `m` by value once per column
//! offending: for row in m]
//! category: ownership
use comprehensions::comp;

fn main() {
    let m: Vec<Vec<i64>> = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = comp![[row[i] for row in m] for i in 0..m[0].len()];
    println!("{t:?}");
}
