//! mistake: passed the `u32` moment order to `f64::powi`, which takes an `i32`
//! offending: order
//! category: type
use comprehensions::comp;

fn central_moment(xs: &[f64], order: u32) -> f64 {
    let mean = xs.iter().sum::<f64>() / xs.len() as f64;
    // Python: sum((x - mean) ** order for x in xs) / len(xs)
    let devs: Vec<f64> = comp![(x - mean).powi(order) for x in xs];
    devs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let branch_lengths = [0.12, 0.08, 0.31, 0.05, 0.22, 0.17];
    for k in 2..=4 {
        println!("moment {k}: {:.6}", central_moment(&branch_lengths, k));
    }
}
