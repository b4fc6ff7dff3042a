// Slips a half-edited comprehension or a Python habit leaves: each is one
// error on its token, in the user's terms.
use comprehensions::{acomp, comp};

fn main() {
    let grid = vec![vec!['a', 'b'], vec!['c']];
    let xs = vec![1, 2, 3];
    let k = 2;
    // The nested element deleted.
    let _flat = comp![c for row in &grid for c in [for c in row]];
    // `move` inside the display.
    let _lazy = comp!((move x * k for x in &xs));
    // A conditional iterable without its parentheses.
    let verbose = true;
    let _picked = comp![x for x in &xs if verbose else &xs[..1]];
    // Options split between the display and after it.
    let _ = async {
        acomp!([x for x in &xs; unordered]; concurrency = 2)
    };
}
