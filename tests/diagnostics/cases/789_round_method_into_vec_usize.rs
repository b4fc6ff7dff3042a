//! mistake: Python's round(x) returns an int; f64::round returns f64, collected as Vec<usize>
//! offending: (x * 10.0).round()
//! category: type
use comprehensions::comp;

fn main() {
    let ratios = vec![0.12_f64, 0.57, 0.93];
    let buckets: Vec<usize> = comp![(x * 10.0).round() for x in &ratios];
    println!("{buckets:?}");
}
