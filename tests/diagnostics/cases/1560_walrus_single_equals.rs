//! mistake: the walrus typed as a plain `=`, `(y = x * 3)`, inside a filter
//! offending: y = x * 3
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 5];
    let big = comp![y for x in &xs if (y = x * 3) > 10];
    println!("{big:?}");
}
