//! mistake: Python's floor division `//` in a binary-search midpoint; in Rust `//` starts a comment that swallows the rest of the line
//! offending: // 2
//! category: syntax
use comprehensions::comp;

fn main() {
    let ranges = vec![(0, 10), (4, 9)];
    let mids = comp![lo + (hi - lo) // 2 for (lo, hi) in ranges];
    println!("{mids:?}");
}
