//! mistake: deletes the inner `for c in 0..w` clause but keeps `c` in the element
//! category: syntax
fn main() {
    let (h, w) = (3, 4);
    let cells: Vec<(i32, i32)> = (0..h).map(|r| (r, c)).collect();
    println!("{} cells in a {h}x{w} grid", cells.len());
}
