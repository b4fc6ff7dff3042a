//! mistake: names a loop variable it never uses (`row`), as in Python's `[[0] * w for row in range(h)]`
//! offending: row
//! category: lint
fn main() {
    let (width, height) = (4, 3);
    let grid: Vec<Vec<u8>> = (0..height).map(|row| vec![0u8; width]).collect();
    println!("{grid:?}");
}
