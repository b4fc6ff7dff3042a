//! mistake: Python's `(r, c) in walls` as `walls.contains((r, c))`, passing the tuple by value where a reference is expected
//! offending: contains((r, c))
//! category: type
use std::collections::HashSet;

fn main() {
    let walls: HashSet<(usize, usize)> = HashSet::from([(0, 1), (1, 1)]);
    let mut open = Vec::new();
    for r in 0..2 {
        for c in 0..2 {
            if !walls.contains((r, c)) {
                open.push((r, c));
            }
        }
    }
    println!("{open:?}");
}
