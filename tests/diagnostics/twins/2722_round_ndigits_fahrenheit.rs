//! mistake: rounded converted temperatures with Python's `round(x, 1)`
//! offending: round(c * 1.8 + 32.0, 1)
//! category: python-habit
fn main() {
    let celsius: Vec<f64> = vec![21.37, 22.04, 35.55];
    let fahrenheit: Vec<f64> = celsius.iter().map(|c| round(c * 1.8 + 32.0, 1)).collect();
    println!("{fahrenheit:?}");
}
