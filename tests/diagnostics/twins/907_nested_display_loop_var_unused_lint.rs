//! mistake: the inner map's closure parameter is unused (`row.iter().map(|c| 0)` to make a zero row)
//! offending: c
//! category: lint
fn main() {
    let grid = vec![vec![5, 6, 7], vec![8, 9, 1]];
    let zeros: Vec<Vec<i32>> = grid.iter().map(|row| row.iter().map(|c| 0).collect()).collect();
    println!("{zeros:?}");
}
