//! mistake: iterated indices with Python's `range(1, n)` builtin to get day-over-day pressure changes
//! offending: range(1, pressures.len())
//! category: python-habit
use comprehensions::comp;

fn main() {
    let pressures: Vec<f64> = vec![1012.0, 1009.5, 1003.1, 998.7, 1004.2];
    let deltas = comp![pressures[i] - pressures[i - 1] for i in range(1, pressures.len())];
    println!("{deltas:?}");
}
