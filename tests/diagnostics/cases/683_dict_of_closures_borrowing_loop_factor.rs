//! mistake: stores closures in a dict comprehension that borrow the loop variable `factor` (Python's `{n: lambda x: x * f for n, f in ops}`), instead of `move`
//! offending: |x: f64| x * factor
//! category: ownership
use comprehensions::comp;

fn main() {
    let units = vec![("km", 1000.0), ("cm", 0.01), ("mm", 0.001)];
    let to_metres = comp!({name: |x: f64| x * factor for (name, factor) in units});
    println!("{}", to_metres["km"](2.5));
}
