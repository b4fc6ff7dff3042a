//! mistake: wrapped a comprehension with `?` (already a `Result<Vec<u64>, _>`) in `Ok(..)`, as one does with a hand-built vector
//! offending: comp![s.trim().parse::<u64>()? for s in raw]
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_ids(raw: &[&str]) -> Result<Vec<u64>, ParseIntError> {
    Ok(comp![s.trim().parse::<u64>()? for s in raw])
}

fn main() {
    println!("{:?}", parse_ids(&["1", " 2", "x"]));
}
