//! mistake: leaves a nested list display unclosed: the inner `]` was deleted with the clause after it
//! offending: map(|row|
//! category: syntax
fn main() {
    let grid = vec!["ab", "cd"];
    let cells: Vec<Vec<char>> = grid.iter().map(|row| row.chars().collect().collect();
    println!("{cells:?}");
}
