//! mistake: `?` inside a `.map(|c| ..)` closure in the element, expecting it to fail the whole CSV import as a Python exception would
//! offending: c.trim().parse::<u32>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_rows(lines: &[&str]) -> Result<Vec<Vec<u32>>, ParseIntError> {
    comp![line.split(',').map(|c| c.trim().parse::<u32>()?).collect::<Vec<u32>>() for line in lines]
}

fn main() {
    println!("{:?}", parse_rows(&["1, 2, 3", "4, 5"]));
}
