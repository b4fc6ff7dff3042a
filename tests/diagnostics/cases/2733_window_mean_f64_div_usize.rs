//! mistake: divided the f64 window sum by `w.len()` (a `usize`), as Python's `sum(w) / len(w)`
//! offending: / w.len()
//! category: type
use comprehensions::comp;

fn main() {
    let flow_lpm: Vec<f64> = vec![12.0, 12.4, 11.9, 3.2, 3.0, 12.1];
    let smoothed = comp![w.iter().sum::<f64>() / w.len() for w in flow_lpm.windows(4)];
    println!("{smoothed:?}");
}
