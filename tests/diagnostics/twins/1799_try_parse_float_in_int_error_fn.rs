//! mistake: `parse::<f64>()?` in a function whose signature was copied from the quantity parser (`ParseIntError`)
//! offending: ?
//! category: try
use std::num::ParseIntError;

fn parse_prices(col: &[&str]) -> Result<Vec<f64>, ParseIntError> {
    let mut out = Vec::new();
    for p in col {
        out.push(p.trim_start_matches('$').parse::<f64>()?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_prices(&["$2.50", "$10"]));
}
