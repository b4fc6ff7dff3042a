//! mistake: a `?` comprehension of ParseFloatError returned as the tail of a `-> Result<_, Box<dyn Error>>` fn, expecting `?` to box the error
//! offending: x.trim().parse::<f64>()?
//! category: try
use comprehensions::comp;
use std::error::Error;

fn weights(s: &str) -> Result<Vec<f64>, Box<dyn Error>> {
    comp![x.trim().parse::<f64>()? for x in s.split(',')]
}

fn main() {
    println!("{:?}", weights("0.5, 0.25").map(|w| w.len()).ok());
}
