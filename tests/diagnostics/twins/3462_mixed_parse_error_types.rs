//! mistake: used `?` on a float parse in a function whose error type is `ParseIntError`
//! offending: qual.parse::<f64>()?
//! category: try
use std::num::ParseIntError;

fn parse_sites(lines: &[&str]) -> Result<Vec<(u64, f64)>, ParseIntError> {
    let mut out = Vec::new();
    for line in lines {
        let (pos, qual) = line.split_once('\t').unwrap();
        out.push((pos.parse::<u64>()?, qual.parse::<f64>()?));
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_sites(&["12345\t60.0", "500\t99.5"]));
}
