//! mistake: moving the source Vec away while a lazy comprehension still borrows it
//! offending: samples
//! category: ownership
use comprehensions::comp;

fn archive(v: Vec<f64>) -> usize {
    v.len()
}

fn main() {
    let samples = vec![0.5, 1.5, 2.5];
    let scaled = comp!((s * 10.0 for s in &samples));
    let n = archive(samples);
    let total: f64 = scaled.sum();
    println!("{total} {n}");
}
