//! mistake: Python's `list(it)` spelled as a conversion, `.into()` to a `Vec`
//! offending: into()
//! category: python-habit
fn main() {
    let temps_c = vec![21.5_f64, 19.0, 25.25];
    let temps_f: Vec<f64> = temps_c.iter().map(|c| c * 9.0 / 5.0 + 32.0).into();
    println!("{temps_f:?}");
}
