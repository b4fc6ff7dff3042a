//! mistake: wrapped a comprehension that uses `?` (already a `Result`) in another `Ok(..)`
//! offending: collect()
//! category: try
use std::num::ParseIntError;

fn parse_multilabel(col: &str) -> Result<Vec<u8>, ParseIntError> {
    Ok(col.split(';').map(|s| s.trim().parse::<u8>()).collect())
}

fn main() {
    println!("{:?}", parse_multilabel("0; 3; 7"));
}
