//! mistake: moving the source Vec away while a lazy comprehension still borrows it (hand-written)
fn archive(v: Vec<f64>) -> usize {
    v.len()
}

fn main() {
    let samples = vec![0.5, 1.5, 2.5];
    let scaled = samples.iter().map(|s| s * 10.0);
    let n = archive(samples);
    let total: f64 = scaled.sum();
    println!("{total} {n}");
}
