//! mistake: `if v > 0.0 { v } else { 0 }` as a map value in nested loops: `0` is not an `f64`
//! offending: 0 }
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let heights = vec![vec![1.5, -0.2], vec![0.0, 2.25]];
    let mut clipped = HashMap::new();
    for (r, row) in heights.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            clipped.insert((r, c), if v > 0.0 { v } else { 0 });
        }
    }
    println!("{clipped:?}");
}
