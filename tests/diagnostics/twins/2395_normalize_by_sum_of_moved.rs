//! mistake: normalised counts to probabilities by summing `counts` inside a comprehension that consumes `counts`
//! offending: counts.iter()
//! category: ownership
fn main() {
    let counts: Vec<f32> = vec![12.0, 3.0, 5.0, 0.0];
    let probs: Vec<f32> = counts.into_iter().map(|c| c / counts.iter().sum::<f32>()).collect();
    println!("{probs:?}");
}
