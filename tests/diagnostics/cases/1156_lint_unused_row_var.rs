//! mistake: names a loop variable it never uses (`row`), as in Python's `[[0] * w for row in range(h)]`
//! offending: row
//! category: lint
use comprehensions::comp;

fn main() {
    let (width, height) = (4, 3);
    let grid = comp![vec![0u8; width] for row in 0..height];
    println!("{grid:?}");
}
