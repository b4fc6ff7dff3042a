//! mistake: Python's `abs(x - target)` distance as `.abs()` on a `usize` difference (unsigned: no `abs`; `abs_diff`)
//! offending: abs
//! category: type
fn main() {
    let xs: Vec<usize> = vec![1, 5, 9];
    let target = 4usize;
    let dists = xs.iter().map(|&x| (x - target).abs()).collect::<Vec<_>>();
    println!("{dists:?}");
}
