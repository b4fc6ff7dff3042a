//! mistake: wrote the middle branch of the GC-skew conditional as the integer `-1` among `f64` branches
//! offending: -1
//! category: type
use comprehensions::comp;

fn main() {
    let window = "GGCATGCCGCGTAC";
    // Python: skew = [1.0 if b == "G" else -1 if b == "C" else 0.0 for b in window]
    let skew: Vec<f64> = comp![1.0 if b == 'G' else -1 if b == 'C' else 0.0 for b in window.chars()];
    let cumulative: Vec<f64> = skew
        .iter()
        .scan(0.0, |acc, s| {
            *acc += s;
            Some(*acc)
        })
        .collect();
    println!("{cumulative:?}");
}
