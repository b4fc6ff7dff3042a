//! mistake: parses an id with `?` into `ParseIntError` and a value with `?` whose `ParseFloatError` the function's error type cannot hold
//! offending: v.parse::<f64>()?
//! category: try
use std::num::ParseIntError;

fn parse(rows: &[(&str, &str)]) -> Result<Vec<(u32, f64)>, ParseIntError> {
    let mut out = Vec::new();
    for (id, v) in rows {
        out.push((id.parse::<u32>()?, v.parse::<f64>()?));
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse(&[("1", "2.5"), ("2", "0.75")]));
}
