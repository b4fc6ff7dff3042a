//! mistake: `?` on split_once (Option) in a `let` clause of a comprehension returned as `Result<_, ParseIntError>`
//! offending: line.split_once('=')?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn values(text: &str) -> Result<Vec<u32>, ParseIntError> {
    comp![v.trim().parse::<u32>()? for line in text.lines() let (_, v) = line.split_once('=')?]
}

fn main() {
    println!("{:?}", values("a = 1\nb = 2"));
}
