//! mistake: wrapped a comprehension with `?` (already a `Result<Vec<u64>, _>`) in `Ok(..)`, as one does with a hand-built vector
//! offending: raw.iter().map(|s| s.trim().parse::<u64>()).collect::<Result<Vec<u64>, _>>()
//! category: try
use std::num::ParseIntError;

fn parse_ids(raw: &[&str]) -> Result<Vec<u64>, ParseIntError> {
    Ok(raw.iter().map(|s| s.trim().parse::<u64>()).collect::<Result<Vec<u64>, _>>())
}

fn main() {
    println!("{:?}", parse_ids(&["1", " 2", "x"]));
}
