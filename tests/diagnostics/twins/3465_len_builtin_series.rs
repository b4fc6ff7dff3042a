//! mistake: called Python's builtin `len(vals)` instead of the method `vals.len()`
//! offending: len(vals)
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut series: HashMap<String, Vec<f64>> = HashMap::new();
    series.insert("cpu".to_string(), vec![0.5, 0.7]);
    series.insert("mem".to_string(), vec![0.2]);
    let sizes: Vec<(String, usize)> = series.iter().map(|(name, vals)| (name.clone(), len(vals))).collect();
    println!("{sizes:?}");
}
