//! mistake: took the training split with Python's slice syntax `samples[:n_train]`
//! offending: samples[:n_train]
//! category: python-habit
use comprehensions::comp;

#[derive(Debug, Clone)]
struct Sample {
    features: Vec<f32>,
    label: u8,
}

fn main() {
    let samples: Vec<Sample> = (0..10)
        .map(|i| Sample { features: vec![i as f32, (i * i) as f32], label: (i % 2) as u8 })
        .collect();
    let n_train = samples.len() * 8 / 10;
    let train_x = comp![s.features.clone() for s in samples[:n_train]];
    println!("{} training rows", train_x.len());
}
