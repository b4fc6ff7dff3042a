//! mistake: Python's bounds check `0 <= i < n` on `usize` indices, whose `0 <= i` is always true
//! offending: 0 <= i
//! category: lint
fn in_bounds(idx: &[usize], n: usize) -> Vec<usize> {
    idx.iter().copied().filter(|&i| 0 <= i && i < n).collect()
}

fn main() {
    println!("{:?}", in_bounds(&[0, 3, 9], 5));
}
