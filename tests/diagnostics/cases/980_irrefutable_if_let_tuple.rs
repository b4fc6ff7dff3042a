//! mistake: `if let` used to destructure a tuple that always matches (a `let` clause is meant)
//! offending: if let (lo, hi) = bounds
//! category: lint
use comprehensions::comp;

fn main() {
    let ranges = vec![(1u32, 5u32), (10, 12), (7, 7)];
    let widths = comp![hi - lo for bounds in &ranges if let (lo, hi) = bounds];
    println!("{widths:?}");
}
