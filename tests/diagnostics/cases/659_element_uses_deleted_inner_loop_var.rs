//! mistake: deletes the inner `for c in 0..w` clause but keeps `c` in the element
//! offending: (r, c)
//! category: syntax
use comprehensions::comp;

fn main() {
    let (h, w) = (3, 4);
    let cells = comp![(r, c) for r in 0..h];
    println!("{} cells in a {h}x{w} grid", cells.len());
}
