//! mistake: mixed a `ParseFloatError` `?` into a function whose error type is `ParseIntError`
//! offending: v.parse::<f64>()?
//! category: try
use std::num::ParseIntError;

fn parse_samples(rows: &[(&str, &str)]) -> Result<Vec<(u16, f64)>, ParseIntError> {
    let mut out = Vec::new();
    for (p, v) in rows {
        out.push((p.parse::<u16>()?, v.parse::<f64>()?));
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_samples(&[("9100", "0.25"), ("9090", "1e3")]));
}
