//! mistake: `?` on a ParseIntError inside a function declared `-> io::Result<..>`, expecting it to convert like any `?`
//! offending: s.trim().parse::<u32>()?
//! category: try
use comprehensions::comp;
use std::io;

fn read_limits(path: &str) -> io::Result<Vec<u32>> {
    let text = std::fs::read_to_string(path)?;
    comp![s.trim().parse::<u32>()? for s in text.lines()]
}

fn main() {
    println!("{:?}", read_limits("/etc/limits.conf"));
}
