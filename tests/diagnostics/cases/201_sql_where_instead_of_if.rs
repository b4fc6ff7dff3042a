//! mistake: SQL's `where` instead of `if` for the filter (a data engineer's habit)
//! offending: where
//! category: syntax
use comprehensions::comp;

fn main() {
    let orders = vec![("ann", 120.0), ("bob", 15.5)];
    let big = comp![name for (name, total) in &orders where *total > 100.0];
    println!("{big:?}");
}
