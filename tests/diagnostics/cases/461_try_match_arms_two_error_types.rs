//! mistake: match arms in the element `?` a `ParseIntError` and a `ParseFloatError`: two error types in one comprehension
//! offending: v.parse::<f64>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

// Python: return [int(v) if k == "int" else int(v, 16) if k == "hex" else int(float(v)) for k, v in rows]
fn parse_values(rows: &[(&str, &str)]) -> Result<Vec<i64>, ParseIntError> {
    comp![match kind { "int" => v.parse::<i64>()?, "hex" => i64::from_str_radix(v, 16)?, _ => v.parse::<f64>()? as i64 } for &(kind, v) in rows]
}

fn main() {
    println!("{:?}", parse_values(&[("int", "42"), ("hex", "ff"), ("float", "2.5")]));
}
