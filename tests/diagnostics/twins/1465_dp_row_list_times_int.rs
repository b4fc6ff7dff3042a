//! mistake: Python's `[[0] * (m + 1) for _ in range(n + 1)]` DP table ported with the row as a `Vec` times an integer
//! offending: vec![0u64] * (m + 1)
//! category: python-habit
fn main() {
    let (n, m) = (3usize, 4usize);
    let dp = (0..n + 1).map(|_| vec![0u64] * (m + 1)).collect::<Vec<_>>();
    println!("{}", dp.len());
}
