//! mistake: Python's `grid[(i, i)]` on a tuple-keyed `HashMap` in a loop
//! offending: (i, i)
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let rows = vec!["abc", "def", "ghi"];
    let mut grid = HashMap::new();
    for (r, line) in rows.iter().enumerate() {
        for (c, ch) in line.chars().enumerate() {
            grid.insert((r, c), ch);
        }
    }
    let mut diag = Vec::new();
    for i in 0..3 {
        diag.push(grid[(i, i)]);
    }
    println!("{diag:?}");
}
