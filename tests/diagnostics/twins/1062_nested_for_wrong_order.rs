//! mistake: flattening a grid with the loops nested inner loop first
//! offending: row
//! category: python-habit
fn main() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let mut flat = Vec::new();
    for cell in row {
        for row in &grid {
            flat.push(*cell);
        }
    }
    println!("{flat:?}");
}
