//! mistake: wrapped a fallible comprehension in `Ok(..)`, returning `Result<Result<..>>`
//! offending: Ok(comp![s.trim().parse::<u64>()? for s in arg.split(',')])
//! category: try
use comprehensions::{comp};
use std::num::ParseIntError;

fn parse_room_ids(arg: &str) -> Result<Vec<u64>, ParseIntError> {
    Ok(comp![s.trim().parse::<u64>()? for s in arg.split(',')])
}

fn main() {
    println!("{:?}", parse_room_ids("1, 2, 3"));
}
