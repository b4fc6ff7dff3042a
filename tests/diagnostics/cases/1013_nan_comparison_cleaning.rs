//! mistake: Python-style missing-value check `v != f64::NAN` (always true) while dropping NaNs
//! offending: *v != f64::NAN
//! category: lint
use comprehensions::comp;

fn main() {
    let readings = vec![1.5, f64::NAN, 3.0];
    let clean = comp![*v for v in &readings if *v != f64::NAN];
    println!("{clean:?}");
}
