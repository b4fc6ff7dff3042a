//! mistake: a generic `parse::<T>()?` in a function that returns `ParseIntError` instead of `T::Err`
//! offending: ?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;
use std::str::FromStr;

fn parse_all<T: FromStr>(fields: &[&str]) -> Result<Vec<T>, ParseIntError> {
    comp![f.trim().parse::<T>()? for f in fields]
}

fn main() {
    let v: Result<Vec<u16>, _> = parse_all(&["1", "2"]);
    println!("{v:?}");
}
