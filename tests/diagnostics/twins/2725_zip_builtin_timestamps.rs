//! mistake: paired timestamps with values using Python's `zip(a, b)` builtin
//! offending: zip
//! category: python-habit
fn main() {
    let timestamps: Vec<u64> = vec![1_700_000_000, 1_700_000_010, 1_700_000_020];
    let values: Vec<f64> = vec![3.31, 3.29, 2.95];
    let mut brownouts = Vec::new();
    for (t, v) in zip(timestamps.iter(), values.iter()) {
        if *v < 3.0 {
            brownouts.push(*t);
        }
    }
    println!("{brownouts:?}");
}
