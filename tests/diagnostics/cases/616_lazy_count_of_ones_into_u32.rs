//! mistake: stores the count of a lazy generator (Python's sum(1 for ..)) in a u32 variable, but count() is a usize
//! offending: count()
//! category: type
use comprehensions::comp;

fn main() {
    let grid = vec!["#..#", ".##.", "...#"];
    let walls: u32 = comp!((1 for row in &grid for ch in row.chars() if ch == '#')).count();
    println!("{walls} walls");
}
