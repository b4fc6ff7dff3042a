//! mistake: leaves a trailing `if` with no condition in a nested display
//! offending: if]
//! category: syntax
use comprehensions::comp;

fn main() {
    let rows = vec!["a b", "c  d"];
    let cleaned = comp![[c for c in row.chars() if] for row in &rows];
    println!("{cleaned:?}");
}
