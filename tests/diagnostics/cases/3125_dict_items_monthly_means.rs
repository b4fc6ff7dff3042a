//! mistake: iterated a HashMap with Python's `.items()` to convert monthly means to Fahrenheit
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let monthly_mean_c: HashMap<&str, f64> =
        HashMap::from([("Jan", -1.5), ("Feb", 0.3), ("Mar", 4.8)]);
    let monthly_mean_f = comp!({m: c * 9.0 / 5.0 + 32.0 for m, c in monthly_mean_c.items()});
    println!("{monthly_mean_f:?}");
}
