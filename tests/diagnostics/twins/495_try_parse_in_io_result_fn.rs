//! offending: s.trim().parse::<u32>()?
use std::io;

fn read_limits(path: &str) -> io::Result<Vec<u32>> {
    let text = std::fs::read_to_string(path)?;
    let mut out = Vec::new();
    for s in text.lines() {
        out.push(s.trim().parse::<u32>()?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", read_limits("/etc/limits.conf"));
}
