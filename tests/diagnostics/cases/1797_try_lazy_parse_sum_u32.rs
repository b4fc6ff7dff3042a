//! mistake: `sum(int(q) for q in col)` with `?` in a lazy form, expecting the `?` to leave the function (its items are `Result`s)
//! offending: sum::<u32>()
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn total_qty(col: &[&str]) -> Result<u32, ParseIntError> {
    let total = comp!((q.trim().parse::<u32>()? for q in col)).sum::<u32>();
    Ok(total)
}

fn main() {
    println!("{:?}", total_qty(&["3", " 4", "x"]));
}
