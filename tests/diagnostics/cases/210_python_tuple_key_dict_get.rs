//! mistake: looking up `(i32, i32)` tuple keys of a dict comprehension with `usize` loop variables
//! offending: (r, c)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let cells = vec![(0, 0, 'x'), (1, 2, 'o')];
    let grid: HashMap<(i32, i32), char> = comp!({(r, c): ch for (r, c, ch) in cells});
    let hits = comp![grid[&(r, c)] for r in 0..2usize for c in 0..3usize if grid.contains_key(&(r, c))];
    println!("{hits:?}");
}
