//! mistake: a `?` inside a nested list display makes the inner lists `Result`s, but the grid is annotated as plain `Vec<Vec<u8>>`
//! offending: [c.parse::<u8>()? for c in row.split(',')]
//! category: try
use comprehensions::comp;

fn main() {
    let lines = vec!["1,2,3", "4,5,6"];
    let grid: Vec<Vec<u8>> = comp![[c.parse::<u8>()? for c in row.split(',')] for row in &lines];
    println!("{grid:?}");
}
