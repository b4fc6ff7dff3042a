//! mistake: built the test split from `samples` after the train split comprehension had consumed it
//! offending: samples
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Sample {
    id: u64,
    features: Vec<f32>,
}

fn main() {
    let samples: Vec<Sample> = (0..20).map(|id| Sample { id, features: vec![id as f32; 3] }).collect();
    let train = comp![s for s in samples if s.id % 5 != 0];
    let test = comp![s for s in samples if s.id % 5 == 0];
    println!("train={} test={}", train.len(), test.len());
}
