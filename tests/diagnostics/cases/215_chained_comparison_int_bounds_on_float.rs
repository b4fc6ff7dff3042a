//! mistake: a chained comparison `0 <= s <= 100` with integer bounds on `f64` scores (Python compares int and float freely)
//! offending: 0 <= s <= 100
//! category: type
use comprehensions::comp;

fn main() {
    let scores: Vec<f64> = vec![55.5, 101.0, -3.0];
    let valid = comp![s for s in scores if 0 <= s <= 100];
    println!("{valid:?}");
}
