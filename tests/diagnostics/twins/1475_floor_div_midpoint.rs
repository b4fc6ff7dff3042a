//! mistake: Python's floor division `//` in a binary-search midpoint; in Rust `//` starts a comment that swallows the rest of the line
//! offending: // 2
//! category: syntax
fn main() {
    let ranges = vec![(0, 10), (4, 9)];
    let mids = ranges.into_iter().map(|(lo, hi)| lo + (hi - lo) // 2).collect::<Vec<_>>();
    println!("{mids:?}");
}
