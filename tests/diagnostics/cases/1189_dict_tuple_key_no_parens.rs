//! mistake: a composite dict key written `r, c: v` as in Python's subscript `grid[r, c]`, without the tuple's parentheses
//! offending: r, c: v
//! category: syntax
use comprehensions::comp;

fn main() {
    let cells = vec![(0, 1, 'x'), (2, 3, 'o')];
    let grid = comp!({r, c: v for (r, c, v) in cells});
    println!("{grid:?}");
}
