//! mistake: `parse::<f64>()?` in a function whose signature was copied from the quantity parser (`ParseIntError`)
//! offending: ?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_prices(col: &[&str]) -> Result<Vec<f64>, ParseIntError> {
    comp![p.trim_start_matches('$').parse::<f64>()? for p in col]
}

fn main() {
    println!("{:?}", parse_prices(&["$2.50", "$10"]));
}
