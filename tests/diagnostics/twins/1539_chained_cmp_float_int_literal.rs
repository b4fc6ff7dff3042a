//! mistake: Python's `0 <= s <= 100` on `f64` scores with integer bounds
//! offending: 0 <= s && s <= 100
//! category: python-habit
fn main() {
    let scores = vec![55.0, 101.5, 88.25];
    let valid: Vec<f64> = scores.into_iter().filter(|&s| 0 <= s && s <= 100).collect();
    println!("{valid:?}");
}
