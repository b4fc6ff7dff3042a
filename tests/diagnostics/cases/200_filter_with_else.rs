//! mistake: an `else` after the filter, `[x for x in xs if x > 0 else 0]` (a SyntaxError in Python too)
//! offending: else
//! category: syntax
use comprehensions::comp;

fn main() {
    let deltas = vec![3, -2, 5];
    let clipped = comp![d for d in &deltas if *d > 0 else 0];
    println!("{clipped:?}");
}
