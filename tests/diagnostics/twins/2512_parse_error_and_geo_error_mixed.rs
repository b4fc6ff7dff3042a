//! mistake: mixed a `ParseFloatError` `?` and a `GeoError` `?` in one function returning `GeoError`
//! offending: ?
//! category: try
use std::num::ParseFloatError;

#[derive(Debug)]
enum GeoError {
    OutOfRange(f64),
}

fn checked_lat(v: f64) -> Result<f64, GeoError> {
    if (-90.0..=90.0).contains(&v) { Ok(v) } else { Err(GeoError::OutOfRange(v)) }
}

fn latitudes(col: &str) -> Result<Vec<f64>, GeoError> {
    let mut out = Vec::new();
    for t in col.split(',') {
        out.push(checked_lat(t.parse::<f64>()?)?);
    }
    Ok(out)
}

fn main() {
    let _unused: Option<ParseFloatError> = None;
    println!("{:?}", latitudes("45.7,91.2"));
}
