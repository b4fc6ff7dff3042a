//! mistake: inventory total: the comprehension's `?` makes it a `Result<Vec<u32>, _>`, then `.iter().sum()` is called on it as on the `Vec`
//! offending: sum()
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn total(lines: &[&str]) -> Result<u32, ParseIntError> {
    // Python: qtys = [int(l) for l in lines]; return sum(qtys)
    let qtys = comp![l.parse::<u32>()? for l in lines];
    Ok(qtys.iter().sum())
}

fn main() {
    println!("{:?}", total(&["3", "4"]));
}
