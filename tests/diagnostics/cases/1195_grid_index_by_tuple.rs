//! mistake: Python's `grid[(i, i)]` on a dict keyed by tuples: a `HashMap` is indexed by a reference to the key, `grid[&(i, i)]`
//! offending: (i, i)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec!["abc", "def", "ghi"];
    let grid = comp!({(r, c): ch for (r, line) in rows.iter().enumerate() for (c, ch) in line.chars().enumerate()});
    let diag = comp![grid[(i, i)] for i in 0..3];
    println!("{diag:?}");
}
