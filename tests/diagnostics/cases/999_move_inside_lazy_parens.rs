//! mistake: `move` written inside the lazy display's parentheses instead of before them
//! offending: move
//! category: syntax
use comprehensions::comp;

fn scaled(readings: Vec<f64>, factor: f64) -> impl Iterator<Item = f64> {
    comp!((move r * factor for r in readings if r.is_finite()))
}

fn main() {
    let v: Vec<f64> = scaled(vec![1.0, f64::NAN, 2.5], 0.5).collect();
    println!("{v:?}");
}
