//! mistake: half-typed nested comprehension, the inner `for w in` has no iterable yet
//! offending: in]
//! category: syntax
use comprehensions::comp;

fn main() {
    let lines = vec!["a b", "c d"];
    let words = comp![w for line in &lines for w in];
    println!("{words:?}");
}
