//! mistake: `.sum()?` on a lazy comprehension with `?` (Python's `sum(int(c) for c in cells)`), the sum's type left to inference
//! offending: sum()
//! category: try
use std::num::ParseIntError;

use comprehensions::comp;

fn total(cells: &[&str]) -> Result<i32, ParseIntError> {
    let t: i32 = comp!((c.parse::<i32>()? for c in cells)).sum()?;
    Ok(t)
}

fn main() {
    println!("{:?}", total(&["4", "5"]));
}
