//! mistake: Python's transpose `[[row[i] for row in m] for i in range(len(m[0]))]`, the inner loop iterating `m` by value once per column
//! offending: m.into_iter()
//! category: ownership
fn main() {
    let m: Vec<Vec<i64>> = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = (0..m[0].len())
        .map(|i| m.into_iter().map(|row| row[i]).collect::<Vec<_>>())
        .collect::<Vec<_>>();
    println!("{t:?}");
}
