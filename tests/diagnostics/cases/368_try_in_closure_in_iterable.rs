//! mistake: `?` inside a `.map(|s| ..)` closure in an inner iterable (the closure returns `i32`, not a `Result`)
//! offending: s.parse::<i32>()?
//! category: try
use std::num::ParseIntError;

use comprehensions::comp;

fn numbers(lines: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    // Python: return [n for line in lines for n in map(int, line.split(","))]
    Ok(comp![n for line in lines for n in line.split(',').map(|s| s.parse::<i32>()?)])
}

fn main() {
    println!("{:?}", numbers(&["1,2", "3"]));
}
