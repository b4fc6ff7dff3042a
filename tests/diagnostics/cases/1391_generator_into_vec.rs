//! mistake: Python's `list(gen)` spelled as a conversion, `.into()` to a `Vec`
//! offending: into()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let temps_c = vec![21.5_f64, 19.0, 25.25];
    let temps_f: Vec<f64> = comp!((c * 9.0 / 5.0 + 32.0 for c in &temps_c)).into();
    println!("{temps_f:?}");
}
