//! mistake: Python/C-style parentheses around a filter condition
//! offending: (x % 2 == 0)
//! category: lint
use comprehensions::comp;

fn main() {
    let evens = comp![x * x for x in 0..20 if (x % 2 == 0)];
    println!("{evens:?}");
}
