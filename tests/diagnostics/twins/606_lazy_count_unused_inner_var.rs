//! mistake: counting cells with `flat_map(.. .map(|cell| 1))`, leaving the inner closure's variable unused (hand-written)
fn main() {
    let grid = vec![vec!['.', '#'], vec!['#', '#', '.']];
    let cells: usize = grid.iter().flat_map(|row| row.iter().map(|cell| 1)).sum();
    println!("{cells}");
}
