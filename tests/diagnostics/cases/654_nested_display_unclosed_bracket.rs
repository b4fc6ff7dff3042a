//! mistake: leaves a nested list display unclosed: the inner `]` was deleted with the clause after it
//! offending: comp![[
//! category: syntax
use comprehensions::comp;

fn main() {
    let grid = vec!["ab", "cd"];
    let cells = comp![[c for c in row.chars() for row in &grid];
    println!("{cells:?}");
}
