//! mistake: wrapped a fallible comprehension in `Ok(..)`, returning `Result<Result<..>>`
//! offending: arg.split(',').map(|s| s.trim().parse::<u64>()).collect::<Result<Vec<u64>, ParseIntError>>()
//! category: try
use std::num::ParseIntError;

fn parse_room_ids(arg: &str) -> Result<Vec<u64>, ParseIntError> {
    Ok(arg.split(',').map(|s| s.trim().parse::<u64>()).collect::<Result<Vec<u64>, ParseIntError>>())
}

fn main() {
    println!("{:?}", parse_room_ids("1, 2, 3"));
}
