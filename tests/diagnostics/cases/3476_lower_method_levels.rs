//! mistake: normalised log levels with Python's `str.lower()` instead of `to_lowercase()`
//! offending: lower
//! category: python-habit
use comprehensions::comp;

fn main() {
    let levels = vec!["WARN".to_string(), "Error".to_string(), "info".to_string()];
    let norm: Vec<String> = comp![l.lower() for l in &levels];
    println!("{norm:?}");
}
