//! mistake: iterates the grid by value and reads grid.len() in the element, as a Python loop can
//! offending: grid.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let grid: Vec<String> = vec!["#.".to_string(), ".#".to_string()];
    let labelled = comp![format!("{row} of {}", grid.len()) for row in grid];
    println!("{labelled:?}");
}
