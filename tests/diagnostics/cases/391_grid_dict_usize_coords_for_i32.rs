//! mistake: enumerate() indices (usize) as the key of a HashMap<(i32, i32), char> grid
//! offending: (x, y)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let text = "#.#\n..#\n#..";
    // Python: grid = {(x, y): c for y, line in enumerate(text.splitlines()) for x, c in enumerate(line) if c != "."}
    let grid: HashMap<(i32, i32), char> = comp!({(x, y): c for (y, line) in text.lines().enumerate() for (x, c) in line.chars().enumerate() if c != '.'});
    println!("{}", grid.len());
}
