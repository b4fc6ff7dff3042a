//! mistake: an iterator of `parse` results collected into `Vec<u32>`, expecting errors to raise out of the function as in Python
//! offending: collect()
//! category: try
use std::num::ParseIntError;

fn parse_ids(csv: &str) -> Result<Vec<u32>, ParseIntError> {
    let ids: Vec<u32> = csv.split(',').map(|f| f.parse::<u32>()).collect();
    Ok(ids)
}

fn main() {
    println!("{:?}", parse_ids("1,2,3"));
}
