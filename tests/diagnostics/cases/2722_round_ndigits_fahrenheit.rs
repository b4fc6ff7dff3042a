//! mistake: rounded converted temperatures with Python's `round(x, 1)`
//! offending: round(c * 1.8 + 32.0, 1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let celsius: Vec<f64> = vec![21.37, 22.04, 35.55];
    let fahrenheit = comp![round(c * 1.8 + 32.0, 1) for c in &celsius];
    println!("{fahrenheit:?}");
}
