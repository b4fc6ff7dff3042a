//! mistake: an eager comprehension with `?` bound to a `Vec<u32>` without the `?` after the call that would propagate its `Result`
//! offending: ?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn total_qty(csv: &[&str]) -> Result<u32, ParseIntError> {
    let qtys: Vec<u32> = comp![l.split(',').nth(1).unwrap_or("0").trim().parse::<u32>()? for l in csv];
    Ok(qtys.iter().sum())
}

fn main() {
    println!("{:?}", total_qty(&["apples, 3", "pears, 4"]));
}
