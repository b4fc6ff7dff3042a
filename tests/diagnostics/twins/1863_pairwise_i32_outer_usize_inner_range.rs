//! mistake: an `i32` limit for the outer index and `xs.len()` for the inner range, so `i + 1..xs.len()` mixes `i32` and `usize` (Python: `[(i, j) for i in range(k) for j in range(i + 1, len(xs))]`)
//! offending: xs.len()
//! category: type
fn main() {
    let xs: Vec<f64> = vec![0.1, 0.4, 0.35, 0.8];
    let k: i32 = 2;
    let pairs = (0..k).flat_map(|i| (i + 1..xs.len()).map(move |j| (i, j))).collect::<Vec<_>>();
    println!("{pairs:?}");
}
