//! mistake: reassigns `threshold` while a lazy comprehension that reads it is still alive (Python's generator would see the new value)
//! offending: threshold = 200
//! category: ownership
use comprehensions::comp;

fn main() {
    let readings = vec![90, 150, 250, 320];
    let mut threshold = 100;
    // Python: big = (r for r in readings if r > threshold); threshold = 200; print(sum(1 for _ in big))
    let big = comp!((r for r in &readings if *r > threshold));
    threshold = 200;
    println!("{} {}", big.count(), threshold);
}
