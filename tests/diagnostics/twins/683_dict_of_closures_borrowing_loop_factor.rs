//! mistake: stores closures in a dict comprehension that borrow the loop variable `factor` (Python's `{n: lambda x: x * f for n, f in ops}`), instead of `move`
//! offending: |x: f64| x * factor
//! category: ownership
use std::collections::HashMap;

fn main() {
    let units = vec![("km", 1000.0), ("cm", 0.01), ("mm", 0.001)];
    let mut to_metres = HashMap::new();
    for (name, factor) in units {
        to_metres.insert(name, |x: f64| x * factor);
    }
    println!("{}", to_metres["km"](2.5));
}
