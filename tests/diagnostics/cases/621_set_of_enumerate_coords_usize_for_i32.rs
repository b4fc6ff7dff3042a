//! mistake: builds a set of (i32, i32) wall coordinates from enumerate() indices, which are usize
//! offending: (r, c)
//! category: type
use std::collections::HashSet;
use comprehensions::comp;

fn main() {
    let grid = vec!["#.#", "..#", "#.."];
    let walls: HashSet<(i32, i32)> = comp!({(r, c) for (r, row) in grid.iter().enumerate() for (c, ch) in row.chars().enumerate() if ch == '#'});
    println!("{} walls, origin blocked: {}", walls.len(), walls.contains(&(0, 0)));
}
