//! mistake: kept `enumerate()`'s index from the Python original `for i, line in enumerate(lines)` but never used `i`
//! offending: i
//! category: lint
use comprehensions::comp;

fn main() {
    let text = "alpha\nbeta";
    let lens: Vec<usize> = comp![line.len() for (i, line) in text.lines().enumerate()];
    println!("{lens:?}");
}
