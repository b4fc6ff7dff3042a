//! mistake: increments each cell in place (`*x += 1`) while iterating the rows through `&grid`, a shared borrow
//! offending: *x += 1
//! category: ownership
use comprehensions::comp;

fn main() {
    let mut grid = vec![vec![1, 2], vec![3, 4]];
    let bumped = comp![{ *x += 1; *x } for row in &grid for x in row];
    grid.push(bumped);
    println!("{grid:?}");
}
