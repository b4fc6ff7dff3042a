//! mistake: Python's abs(a - b) < 1e-9 on integer pairs (float literal compared with i32)
//! offending: 1e-9
//! category: type
use comprehensions::comp;

fn main() {
    let pairs: Vec<(i32, i32)> = vec![(1, 1), (2, 3)];
    let equal = comp![i for (i, p) in pairs.iter().enumerate() if (p.0 - p.1).abs() < 1e-9];
    println!("{equal:?}");
}
