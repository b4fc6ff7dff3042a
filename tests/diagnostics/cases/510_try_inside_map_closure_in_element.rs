//! mistake: `?` inside a `.map(|s| ..)` closure in the element, expecting it to fail the comprehension (it belongs to the closure)
//! offending: s.parse::<i32>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn row_sums(rows: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    comp![row.split(',').map(|s| s.parse::<i32>()?).sum::<i32>() for row in rows]
}

fn main() {
    println!("{:?}", row_sums(&["1,2", "3"]));
}
