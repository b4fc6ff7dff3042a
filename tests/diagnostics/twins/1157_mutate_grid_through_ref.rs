//! mistake: increments each cell in place (`*x += 1`) while iterating the rows through `&grid`, a shared borrow
//! offending: *x += 1
//! category: ownership
fn main() {
    let mut grid = vec![vec![1, 2], vec![3, 4]];
    let mut bumped = Vec::new();
    for row in &grid {
        for x in row {
            *x += 1;
            bumped.push(*x);
        }
    }
    grid.push(bumped);
    println!("{grid:?}");
}
