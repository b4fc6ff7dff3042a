//! mistake: Python's `[row for _ in range(n)]` with a prebuilt row `Vec`, moved into the table once per iteration (needs `row.clone()`)
//! offending: |_| row)
//! category: ownership
fn main() {
    let m = 4;
    let row = vec![0u64; m + 1];
    let dp = (0..3).map(|_| row).collect::<Vec<_>>();
    println!("{}", dp.len());
}
