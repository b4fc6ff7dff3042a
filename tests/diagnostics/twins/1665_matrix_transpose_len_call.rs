//! mistake: Python's `len(grid[0])` for the number of columns while transposing a matrix
//! offending: len(grid[0])
//! category: python-habit
fn main() {
    let grid: Vec<Vec<f64>> = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]];
    let mut transposed = Vec::new();
    for j in 0..len(grid[0]) {
        let mut col = Vec::new();
        for row in &grid {
            col.push(row[j]);
        }
        transposed.push(col);
    }
    println!("{transposed:?}");
}
