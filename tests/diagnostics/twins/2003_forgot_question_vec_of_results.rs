//! mistake: forgot the `?` after `l.parse::<u64>()` (Python's `int(l)` raises), collecting `Result`s into a `Vec<u64>`
//! offending: l.parse::<u64>()
//! category: try
use std::num::ParseIntError;

fn read_sizes(text: &str) -> Result<Vec<u64>, ParseIntError> {
    let mut sizes: Vec<u64> = Vec::new();
    for l in text.lines() {
        sizes.push(l.parse::<u64>());
    }
    Ok(sizes)
}

fn main() {
    println!("{:?}", read_sizes("10\n20"));
}
