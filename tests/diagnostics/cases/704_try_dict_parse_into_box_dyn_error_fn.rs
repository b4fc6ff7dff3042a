//! mistake: returns a dict comprehension with a `?` on `parse` as the tail of a function returning `Result<_, Box<dyn Error>>`, expecting `?` to convert the error as it does outside a comprehension
//! offending: v.trim().parse::<u32>()?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;
use std::error::Error;

fn parse_limits(text: &str) -> Result<HashMap<String, u32>, Box<dyn Error>> {
    comp!({k.trim().to_string(): v.trim().parse::<u32>()? for (k, v) in text.lines().filter_map(|l| l.split_once('='))})
}

fn main() {
    println!("{:?}", parse_limits("cpu = 4\nmem = 512"));
}
