//! mistake: wrapped a comprehension that uses `?` (already a `Result`) in another `Ok(..)`
//! offending: Ok(comp![s.trim().parse::<u8>()? for s in col.split(';')])
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_multilabel(col: &str) -> Result<Vec<u8>, ParseIntError> {
    Ok(comp![s.trim().parse::<u8>()? for s in col.split(';')])
}

fn main() {
    println!("{:?}", parse_multilabel("0; 3; 7"));
}
