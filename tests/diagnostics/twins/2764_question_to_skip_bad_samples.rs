//! mistake: used `?` meaning "skip this bad sample" in a chain collected into a plain `Vec<f64>`
//! offending: ?
//! category: try
use std::num::ParseFloatError;

fn load_window(lines: &[&str]) -> Result<f64, ParseFloatError> {
    let samples: Vec<f64> = lines.iter().filter(|l| !l.is_empty()).map(|l| l.parse::<f64>()?).collect();
    Ok(samples.iter().sum::<f64>() / samples.len().max(1) as f64)
}

fn main() {
    println!("{:?}", load_window(&["0.91", "", "n/a", "0.87"]));
}
