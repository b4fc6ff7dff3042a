//! mistake: forgot the `?` on `parse`, returning a `Vec` of `Result`s where the function returns `Result<Vec<u32>, _>`
//! offending: comp![s.trim().parse::<u32>() for s in raw if !s.is_empty()]
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_employee_ids(raw: &[&str]) -> Result<Vec<u32>, ParseIntError> {
    comp![s.trim().parse::<u32>() for s in raw if !s.is_empty()]
}

fn main() {
    println!("{:?}", parse_employee_ids(&["1001", " 1002", ""]));
}
