//! mistake: Python's `0 <= nr < h and 0 <= nc < w` bounds check, the chains accepted but `and` left in
//! offending: and
//! category: syntax
use comprehensions::comp;

fn main() {
    let (h, w) = (3i32, 4i32);
    let cand = vec![(0, 1), (-1, 2), (2, 5), (2, 3)];
    let cells = comp![(nr, nc) for &(nr, nc) in &cand if 0 <= nr < h and 0 <= nc < w];
    println!("{cells:?}");
}
