//! mistake: `?` after `.unwrap()` (on the plain value) (hand-written)
use std::num::ParseIntError;

fn sizes(fields: &[&str]) -> Result<Vec<i64>, ParseIntError> {
    let mut out = Vec::new();
    for f in fields {
        out.push(f.parse::<i64>().unwrap()? * 1024);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", sizes(&["4", "8"]));
}
