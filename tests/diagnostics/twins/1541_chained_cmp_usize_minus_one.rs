//! mistake: a chained bounds check `-1 < i < n` on `usize` indices
//! offending: -1
//! category: python-habit
fn main() {
    let n: usize = 5;
    let idx: Vec<usize> = vec![0, 3, 7];
    let ok: Vec<usize> = idx.into_iter().filter(|&i| -1 < i && i < n).collect();
    println!("{ok:?}");
}
