//! mistake: Python's `0 <= nr < h and 0 <= nc < w` bounds check, the chains accepted but `and` left in
//! offending: and
//! category: syntax
fn main() {
    let (h, w) = (3i32, 4i32);
    let cand = vec![(0, 1), (-1, 2), (2, 5), (2, 3)];
    let cells = cand
        .iter()
        .filter(|&&(nr, nc)| 0 <= nr && nr < h and 0 <= nc && nc < w)
        .collect::<Vec<_>>();
    println!("{cells:?}");
}
