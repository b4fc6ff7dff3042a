//! mistake: reassigns `threshold` while a lazy filter that reads it is still alive
//! offending: threshold = 200
//! category: ownership
fn main() {
    let readings = vec![90, 150, 250, 320];
    let mut threshold = 100;
    let big = readings.iter().filter(|r| **r > threshold);
    threshold = 200;
    println!("{} {}", big.count(), threshold);
}
