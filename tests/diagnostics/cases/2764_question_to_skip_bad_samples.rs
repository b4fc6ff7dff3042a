//! mistake: used `?` meaning "skip this bad sample" in a comprehension annotated as a plain `Vec<f64>`
//! offending: ?
//! category: try
use comprehensions::comp;
use std::num::ParseFloatError;

fn load_window(lines: &[&str]) -> Result<f64, ParseFloatError> {
    let samples: Vec<f64> = comp![l.parse::<f64>()? for l in lines if !l.is_empty()];
    Ok(samples.iter().sum::<f64>() / samples.len().max(1) as f64)
}

fn main() {
    println!("{:?}", load_window(&["0.91", "", "n/a", "0.87"]));
}
