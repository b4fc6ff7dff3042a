//! mistake: `?` on an `f64` parse in a function whose error type is `ParseIntError`
//! offending: v.parse::<f64>()?
//! category: try
use std::num::ParseIntError;

fn parse_pairs(lines: &[&str]) -> Result<Vec<(u32, f64)>, ParseIntError> {
    let mut out = Vec::new();
    for (k, v) in lines.iter().filter_map(|l| l.split_once('=')) {
        out.push((k.parse::<u32>()?, v.parse::<f64>()?));
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_pairs(&["1=2.5", "2=0.1"]));
}
