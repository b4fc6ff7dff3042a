//! mistake: looking up `(i32, i32)` tuple keys with `usize` loop variables (hand-written)
use std::collections::HashMap;

fn main() {
    let cells = vec![(0, 0, 'x'), (1, 2, 'o')];
    let mut grid: HashMap<(i32, i32), char> = HashMap::new();
    for (r, c, ch) in cells {
        grid.insert((r, c), ch);
    }
    let mut hits = Vec::new();
    for r in 0..2usize {
        for c in 0..3usize {
            if grid.contains_key(&(r, c)) {
                hits.push(grid[&(r, c)]);
            }
        }
    }
    println!("{hits:?}");
}
