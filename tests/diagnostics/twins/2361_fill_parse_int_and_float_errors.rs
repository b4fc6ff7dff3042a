//! mistake: used `?` on both a `u32` quantity parse and an `f64` price parse in a function returning `ParseFloatError`
//! offending: cols[1].parse::<u32>()?
//! category: try
use std::num::ParseFloatError;

#[derive(Debug)]
struct Fill {
    symbol: String,
    qty: u32,
    price: f64,
}

fn parse_fills(report: &str) -> Result<Vec<Fill>, ParseFloatError> {
    let mut fills = Vec::new();
    for line in report.lines() {
        let cols = line.split(',').collect::<Vec<_>>();
        fills.push(Fill { symbol: cols[0].to_string(), qty: cols[1].parse::<u32>()?, price: cols[2].parse::<f64>()? });
    }
    Ok(fills)
}

fn main() {
    let report = "AAPL,100,189.50\nMSFT,40,411.20";
    println!("{:?}", parse_fills(report));
}
