//! mistake: forgot the `?` on `parse`, returning a `Vec` of `Result`s where the function returns `Result<Vec<u32>, _>`
//! offending: payroll_ids
//! category: try
use std::num::ParseIntError;

fn parse_employee_ids(raw: &[&str]) -> Result<Vec<u32>, ParseIntError> {
    let mut payroll_ids = Vec::new();
    for s in raw {
        if !s.is_empty() {
            payroll_ids.push(s.trim().parse::<u32>());
        }
    }
    payroll_ids
}

fn main() {
    println!("{:?}", parse_employee_ids(&["1001", " 1002", ""]));
}
