//! mistake: squared the tf-idf weights with Python's `**` operator for a document vector norm
//! offending: w ** 2
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let weights: HashMap<String, f64> =
        [("rust".to_string(), 0.8), ("index".to_string(), 1.3), ("query".to_string(), 0.4)].into_iter().collect();
    let norm: f64 = comp!((w ** 2 for w in weights.values())).sum::<f64>().sqrt();
    println!("{norm:.3}");
}
