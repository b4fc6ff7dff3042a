//! mistake: `Ok(comp![..?])` without the `?` after the comprehension, wrapping its `Result` in another `Ok`
//! offending: comp![l.parse::<f64>()? for l in lines]
//! category: try
use comprehensions::comp;
use std::num::ParseFloatError;

fn load(lines: &[&str]) -> Result<Vec<f64>, ParseFloatError> {
    // Python: return [float(l) for l in lines]
    Ok(comp![l.parse::<f64>()? for l in lines])
}

fn main() {
    println!("{:?}", load(&["1.5", "2"]));
}
