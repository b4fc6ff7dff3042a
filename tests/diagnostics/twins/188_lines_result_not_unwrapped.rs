//! mistake: `trim()` on the items of `BufRead::lines()` (hand-written)
use std::io::{BufRead, BufReader};

fn main() {
    let data = "alpha \n beta\n";
    let reader = BufReader::new(data.as_bytes());
    let mut words = Vec::new();
    for line in reader.lines() {
        words.push(line.trim().to_string());
    }
    println!("{words:?}");
}
