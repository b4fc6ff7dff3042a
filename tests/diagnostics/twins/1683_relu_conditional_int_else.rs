//! mistake: a ReLU written `x if x > 0.0 else 0`, an integer `0` in the `else` branch of an `f64` conditional
//! offending: else { 0 }
//! category: type
fn main() {
    let activations: Vec<f64> = vec![-1.5, 0.3, 2.0];
    let relu: Vec<f64> = activations
        .into_iter()
        .map(|x| if x > 0.0 { x } else { 0 })
        .collect();
    println!("{relu:?}");
}
