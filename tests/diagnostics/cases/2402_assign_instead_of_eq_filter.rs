//! mistake: wrote `=` instead of `==` in the filter selecting the positive class
//! offending: s.label = 1
//! category: syntax
use comprehensions::comp;

struct Sample {
    features: Vec<f32>,
    label: u8,
}

fn main() {
    let samples = vec![
        Sample { features: vec![0.1, 0.2], label: 1 },
        Sample { features: vec![0.3, 0.4], label: 0 },
    ];
    let positives = comp![&s.features for s in &samples if s.label = 1];
    println!("{positives:?}");
}
