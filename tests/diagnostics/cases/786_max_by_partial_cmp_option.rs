//! mistake: max_by(|a, b| a.partial_cmp(b)) on floats, the closure returning Option<Ordering>
//! offending: a.partial_cmp(b)
//! category: type
use comprehensions::comp;

fn main() {
    let series = vec![vec![1.5_f64, 2.5], vec![0.5, 0.25]];
    let peaks = comp![*s.iter().max_by(|a, b| a.partial_cmp(b)).unwrap() for s in &series];
    println!("{peaks:?}");
}
