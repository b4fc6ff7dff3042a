//! mistake: Python's abs(a - b) < 1e-9 on integer pairs (float literal compared with i32)
fn main() {
    let pairs: Vec<(i32, i32)> = vec![(1, 1), (2, 3)];
    let mut equal = Vec::new();
    for (i, p) in pairs.iter().enumerate() {
        if (p.0 - p.1).abs() < 1e-9 {
            equal.push(i);
        }
    }
    println!("{equal:?}");
}
