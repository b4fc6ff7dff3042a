//! mistake: a filter clause still being typed: `if` with nothing after it
//! offending: if]
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs = vec![3, 8, 1];
    let big = comp![x * 10 for x in xs if];
    println!("{big:?}");
}
