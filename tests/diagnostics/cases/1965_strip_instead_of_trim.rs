//! mistake: called Python's `line.strip()` on each line of the file instead of Rust's `trim()`
//! offending: strip
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "  alpha \nbeta  \n  gamma";
    let cleaned: Vec<&str> = comp![line.strip() for line in text.lines()];
    println!("{cleaned:?}");
}
