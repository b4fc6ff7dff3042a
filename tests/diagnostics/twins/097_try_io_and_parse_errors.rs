//! mistake: two error types (`io::Error` from `line?`, `ParseIntError` from `parse()?`) in one comprehension (hand-written)
use std::io::{self, BufRead};

fn read_ids(input: &[u8]) -> io::Result<Vec<u32>> {
    let mut ids = Vec::new();
    for line in input.lines() {
        ids.push(line?.trim().parse::<u32>()?);
    }
    Ok(ids)
}

fn main() {
    println!("{:?}", read_ids(b"1\n2\n"));
}
