//! mistake: indexed the Phred lookup table with a `u8` from `.bytes()` (arrays are indexed by `usize`)
//! offending: q - 33
//! category: type

fn main() {
    let mut error_prob = [0.0f64; 94];
    for (q, p) in error_prob.iter_mut().enumerate() {
        *p = 10f64.powf(-(q as f64) / 10.0);
    }
    let qual = "IIIIHHGG@@5++#";
    let probs: Vec<f64> = qual.bytes().map(|q| error_prob[q - 33]).collect();
    let expected_errors: f64 = probs.iter().sum();
    println!("expected errors: {expected_errors:.3}");
}
