//! mistake: iterates the grid by value and reads grid.len() in the element, as a Python loop can
//! category: ownership
fn main() {
    let grid: Vec<String> = vec!["#.".to_string(), ".#".to_string()];
    let mut labelled = Vec::new();
    for row in grid {
        labelled.push(format!("{row} of {}", grid.len()));
    }
    println!("{labelled:?}");
}
