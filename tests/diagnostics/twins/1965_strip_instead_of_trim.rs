//! mistake: called Python's `line.strip()` on each line of the file instead of Rust's `trim()`
//! offending: strip
//! category: python-habit
fn main() {
    let text = "  alpha \nbeta  \n  gamma";
    let cleaned: Vec<&str> = text.lines().map(|line| line.strip()).collect();
    println!("{cleaned:?}");
}
