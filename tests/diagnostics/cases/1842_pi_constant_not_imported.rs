//! mistake: uses `PI` as after Python's `from math import pi`, without importing `std::f64::consts::PI`
//! offending: PI
//! category: python-habit
use comprehensions::comp;

fn main() {
    let radii: Vec<f64> = vec![1.0, 2.0, 0.5];
    let areas: Vec<f64> = comp![PI * r * r for r in &radii];
    println!("{areas:?}");
}
