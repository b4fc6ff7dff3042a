//! mistake: `trim()` on the items of `BufRead::lines()`, which are `io::Result<String>` (Python's file iteration yields str)
//! offending: trim
//! category: type
use comprehensions::comp;
use std::io::{BufRead, BufReader};

fn main() {
    let data = "alpha \n beta\n";
    let reader = BufReader::new(data.as_bytes());
    let words = comp![line.trim().to_string() for line in reader.lines()];
    println!("{words:?}");
}
