//! mistake: Python's round(x) returns an int; f64::round returns f64, collected as Vec<usize>
fn main() {
    let ratios = vec![0.12_f64, 0.57, 0.93];
    let mut buckets: Vec<usize> = Vec::new();
    for x in &ratios {
        buckets.push((x * 10.0).round());
    }
    println!("{buckets:?}");
}
