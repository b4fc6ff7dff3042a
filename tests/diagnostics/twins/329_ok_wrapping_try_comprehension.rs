//! mistake: `Ok(..collect::<Result<..>>())` without `?`, wrapping the `Result` in another `Ok` (hand-written)
//! offending: lines.iter().map(|l| l.parse::<f64>()).collect::<Result<Vec<_>, _>>()
use std::num::ParseFloatError;

fn load(lines: &[&str]) -> Result<Vec<f64>, ParseFloatError> {
    Ok(lines.iter().map(|l| l.parse::<f64>()).collect::<Result<Vec<_>, _>>())
}

fn main() {
    println!("{:?}", load(&["1.5", "2"]));
}
