//! mistake: collected rounded `f64` melting temperatures into a set, but `f64` is neither `Eq` nor `Hash`
//! offending: (melting_temp(p) * 10.0).round() / 10.0
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

/// Wallace rule: 2 degrees per A/T, 4 per G/C.
fn melting_temp(primer: &str) -> f64 {
    primer
        .chars()
        .map(|b| if b == 'G' || b == 'C' { 4.0 } else { 2.0 })
        .sum()
}

fn main() {
    let primers = ["ACGTGCA", "TTGACCA", "GGGCCCA", "ACGTGCT"];
    // Python: distinct_tm = {round(melting_temp(p), 1) for p in primers}
    let distinct_tm: HashSet<f64> = comp!({(melting_temp(p) * 10.0).round() / 10.0 for p in primers});
    println!("{} distinct Tm values", distinct_tm.len());
}
