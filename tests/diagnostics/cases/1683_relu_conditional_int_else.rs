//! mistake: a ReLU written `x if x > 0.0 else 0`, an integer `0` in the `else` branch of an `f64` conditional
//! offending: else 0
//! category: type
use comprehensions::comp;

fn main() {
    let activations: Vec<f64> = vec![-1.5, 0.3, 2.0];
    let relu = comp![x if x > 0.0 else 0 for x in activations];
    println!("{relu:?}");
}
