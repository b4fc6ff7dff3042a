//! mistake: the inner loop of a transpose iterates the matrix by value, moving it on the first column
//! offending: in grid {
//! category: ownership
fn main() {
    let grid: Vec<Vec<i32>> = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let cols = grid[0].len();
    let mut transposed = Vec::new();
    for j in 0..cols {
        let mut col = Vec::new();
        for row in grid {
            col.push(row[j]);
        }
        transposed.push(col);
    }
    println!("{transposed:?}");
}
