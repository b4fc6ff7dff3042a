//! mistake: divided a window's sum by Python's `len(w)` builtin
//! offending: len(w)
//! category: python-habit
fn main() {
    let vibration_mm_s: Vec<f64> = vec![2.1, 2.4, 2.2, 5.9, 6.3, 2.0, 2.2];
    let moving_avg: Vec<f64> = vibration_mm_s
        .windows(3)
        .map(|w| w.iter().sum::<f64>() / len(w) as f64)
        .collect();
    println!("{moving_avg:?}");
}
