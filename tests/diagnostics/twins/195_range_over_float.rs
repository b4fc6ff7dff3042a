//! mistake: a range whose end is an `f64` (hand-written)
fn main() {
    let total = 10.0;
    let half = total / 2.0;
    let mut buckets = Vec::new();
    for i in 0..half {
        buckets.push(i * 2);
    }
    println!("{buckets:?}");
}
