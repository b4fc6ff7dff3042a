//! mistake: forgot the `?` on `parse` of POS quantity fields, so the elements are `Result`s
//! offending: q.trim().parse::<u32>()
//! category: try
use std::num::ParseIntError;

fn parse_quantities(pos_line: &str) -> Result<Vec<u32>, ParseIntError> {
    let mut qtys: Vec<u32> = Vec::new();
    for q in pos_line.split(';') {
        if !q.is_empty() {
            qtys.push(q.trim().parse::<u32>());
        }
    }
    Ok(qtys)
}

fn main() {
    println!("{:?}", parse_quantities("2; 1;4;"));
}
