//! mistake: a generator with `?` collected into `Vec<u32>`, expecting the `?` to raise out of the function as in Python
//! offending: collect()
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_ids(csv: &str) -> Result<Vec<u32>, ParseIntError> {
    let ids: Vec<u32> = comp!((f.parse::<u32>()? for f in csv.split(','))).collect();
    Ok(ids)
}

fn main() {
    println!("{:?}", parse_ids("1,2,3"));
}
