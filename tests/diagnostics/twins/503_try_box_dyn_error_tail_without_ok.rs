//! offending: collect()
use std::error::Error;

fn weights(s: &str) -> Result<Vec<f64>, Box<dyn Error>> {
    s.split(',').map(|x| x.trim().parse::<f64>()).collect()
}

fn main() {
    println!("{:?}", weights("0.5, 0.25").map(|w| w.len()).ok());
}
