//! mistake: sums borrowed `u32` counts straight into an `f64` (Python: `sum(c for c in counts if c > 0) / len(counts)`)
//! offending: sum::<f64>()
//! category: type
fn main() {
    let counts: Vec<u32> = vec![3, 0, 4, 5];
    let total = counts.iter().filter(|c| **c > 0).sum::<f64>();
    let mean = total / counts.len() as f64;
    println!("{mean}");
}
