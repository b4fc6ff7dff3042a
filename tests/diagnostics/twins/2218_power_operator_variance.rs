//! mistake: squared the deviation with Python's `**` operator
//! offending: ** 2
//! category: python-habit

fn sample_variance(samples: &[f64]) -> f64 {
    let mean = samples.iter().sum::<f64>() / samples.len() as f64;
    let squared: Vec<f64> = samples.iter().map(|x| (x - mean) ** 2).collect();
    squared.iter().sum::<f64>() / (samples.len() - 1) as f64
}

fn main() {
    let od600 = [0.12, 0.15, 0.11, 0.19, 0.14, 0.13];
    println!("variance = {:.5}", sample_variance(&od600));
}
