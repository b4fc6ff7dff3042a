//! mistake: config loader: a collected `Result<HashMap, _>` iterated directly by a `for (k, v)` loop (hand-written)
//! offending: (k, v) in pairs
use std::collections::HashMap;
use std::num::ParseIntError;

fn main() -> Result<(), ParseIntError> {
    let pairs = vec![("cpu", "4"), ("mem", "16")];
    for (k, v) in pairs
        .iter()
        .map(|(k, v)| Ok((*k, v.parse::<u32>()?)))
        .collect::<Result<HashMap<_, _>, ParseIntError>>()
    {
        println!("{k}={v}");
    }
    Ok(())
}
