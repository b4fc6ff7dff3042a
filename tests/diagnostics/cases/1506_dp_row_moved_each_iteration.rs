//! mistake: Python's `[row for _ in range(n)]` with a prebuilt row `Vec`, moved into the table once per iteration (needs `row.clone()`)
//! offending: row for _
//! category: ownership
use comprehensions::comp;

fn main() {
    let m = 4;
    let row = vec![0u64; m + 1];
    let dp = comp![row for _ in 0..3];
    println!("{}", dp.len());
}
