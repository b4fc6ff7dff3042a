//! mistake: a fallible comprehension passed straight to `extend` without its own `?` (it is a `Result`, not the list)
//! offending: line.split(',').filter(|t| !t.trim().is_empty()).map(|t| t.trim().parse::<u32>()).collect::<Result<Vec<u32>, _>>()
//! category: try
use std::collections::HashSet;
use std::num::ParseIntError;

fn load_ids(seen: &mut HashSet<u32>, line: &str) -> Result<(), ParseIntError> {
    seen.extend(line.split(',').filter(|t| !t.trim().is_empty()).map(|t| t.trim().parse::<u32>()).collect::<Result<Vec<u32>, _>>());
    Ok(())
}

fn main() {
    let mut seen = HashSet::new();
    println!("{:?} {seen:?}", load_ids(&mut seen, "3, 5,,8"));
}
