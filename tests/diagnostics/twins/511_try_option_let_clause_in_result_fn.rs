//! offending: line.split_once('=')?
use std::num::ParseIntError;

fn values(text: &str) -> Result<Vec<u32>, ParseIntError> {
    let mut out = Vec::new();
    for line in text.lines() {
        let (_, v) = line.split_once('=')?;
        out.push(v.trim().parse::<u32>()?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", values("a = 1\nb = 2"));
}
