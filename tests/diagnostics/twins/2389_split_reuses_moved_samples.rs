//! mistake: built the test split from `samples` after the train split comprehension had consumed it
//! offending: samples
//! category: ownership
#[derive(Debug)]
struct Sample {
    id: u64,
    features: Vec<f32>,
}

fn main() {
    let samples: Vec<Sample> = (0..20).map(|id| Sample { id, features: vec![id as f32; 3] }).collect();
    let train: Vec<Sample> = samples.into_iter().filter(|s| s.id % 5 != 0).collect();
    let test: Vec<Sample> = samples.into_iter().filter(|s| s.id % 5 == 0).collect();
    println!("train={} test={}", train.len(), test.len());
}
