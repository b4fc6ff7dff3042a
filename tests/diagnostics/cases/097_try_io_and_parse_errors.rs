//! mistake: two error types (`io::Error` from `line?`, `ParseIntError` from `parse()?`) in one comprehension
//! offending: line?.trim().parse::<u32>()?
//! category: try
use std::io::{self, BufRead};

use comprehensions::comp;

fn read_ids(input: &[u8]) -> io::Result<Vec<u32>> {
    comp![line?.trim().parse::<u32>()? for line in input.lines()]
}

fn main() {
    println!("{:?}", read_ids(b"1\n2\n"));
}
