//! mistake: Python's `s.strip()` instead of `s.trim()` (hand-written)
fn main() {
    let raw = "  apples , pears ,plums ";
    let fruits: Vec<&str> = raw.split(',').map(|s| s.strip()).collect();
    println!("{fruits:?}");
}
