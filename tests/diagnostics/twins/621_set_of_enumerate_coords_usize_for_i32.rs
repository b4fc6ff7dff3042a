//! mistake: builds a set of (i32, i32) wall coordinates from enumerate() indices, which are usize
//! category: type
use std::collections::HashSet;

fn main() {
    let grid = vec!["#.#", "..#", "#.."];
    let mut walls: HashSet<(i32, i32)> = HashSet::new();
    for (r, row) in grid.iter().enumerate() {
        for (c, ch) in row.chars().enumerate() {
            if ch == '#' {
                walls.insert((r, c));
            }
        }
    }
    println!("{} walls, origin blocked: {}", walls.len(), walls.contains(&(0, 0)));
}
