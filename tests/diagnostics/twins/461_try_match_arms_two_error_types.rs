//! mistake: match arms `?` a `ParseIntError` and a `ParseFloatError` in a function returning `ParseIntError`
//! offending: v.parse::<f64>()?
//! category: try
use std::num::ParseIntError;

fn parse_values(rows: &[(&str, &str)]) -> Result<Vec<i64>, ParseIntError> {
    let mut out = Vec::new();
    for &(kind, v) in rows {
        out.push(match kind { "int" => v.parse::<i64>()?, "hex" => i64::from_str_radix(v, 16)?, _ => v.parse::<f64>()? as i64 });
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_values(&[("int", "42"), ("hex", "ff"), ("float", "2.5")]));
}
