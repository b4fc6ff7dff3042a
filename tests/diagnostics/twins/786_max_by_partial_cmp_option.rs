//! mistake: max_by(|a, b| a.partial_cmp(b)) on floats, the closure returning Option<Ordering>
fn main() {
    let series = vec![vec![1.5_f64, 2.5], vec![0.5, 0.25]];
    let mut peaks = Vec::new();
    for s in &series {
        peaks.push(*s.iter().max_by(|a, b| a.partial_cmp(b)).unwrap());
    }
    println!("{peaks:?}");
}
