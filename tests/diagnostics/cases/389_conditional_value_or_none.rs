//! mistake: Python's `v if v >= 0 else None` with a bare f64 in one branch (Rust: Some(v))
//! offending: v if v >= 0.0 else None
//! category: type
use comprehensions::comp;

fn main() {
    let readings: Vec<f64> = vec![21.5, -999.0, 22.1];
    // Python: cleaned = [v if v >= 0 else None for v in readings]
    let cleaned: Vec<Option<f64>> = comp![v if v >= 0.0 else None for v in readings];
    println!("{:?}", cleaned);
}
