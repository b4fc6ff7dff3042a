//! mistake: inventory total: `.iter().sum()` on a collected `Result<Vec<u32>, _>` (hand-written)
use std::num::ParseIntError;

fn total(lines: &[&str]) -> Result<u32, ParseIntError> {
    let qtys = lines.iter().map(|l| l.parse::<u32>()).collect::<Result<Vec<u32>, _>>();
    Ok(qtys.iter().sum())
}

fn main() {
    println!("{:?}", total(&["3", "4"]));
}
