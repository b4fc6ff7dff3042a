//! mistake: stores the count of a lazy generator (Python's sum(1 for ..)) in a u32 variable, but count() is a usize
//! category: type
fn main() {
    let grid = vec!["#..#", ".##.", "...#"];
    let walls: u32 = grid.iter().flat_map(|row| row.chars()).filter(|&ch| ch == '#').map(|_| 1).count();
    println!("{walls} walls");
}
