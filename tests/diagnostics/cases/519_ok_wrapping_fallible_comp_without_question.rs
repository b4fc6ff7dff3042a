//! mistake: `Ok(comp![..?..])`: the fallible comprehension (already a Result) wrapped in `Ok` without a `?` after it
//! offending: Ok(comp![s.parse::<i32>()? for s in v])
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_all(v: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    Ok(comp![s.parse::<i32>()? for s in v])
}

fn main() {
    println!("{:?}", parse_all(&["1", "2"]));
}
