//! mistake: Python-style missing-value check `v != f64::NAN` (always true) while dropping NaNs
//! offending: **v != f64::NAN
//! category: lint

fn main() {
    let readings = vec![1.5, f64::NAN, 3.0];
    let clean: Vec<f64> = readings.iter().filter(|v| **v != f64::NAN).copied().collect();
    println!("{clean:?}");
}
