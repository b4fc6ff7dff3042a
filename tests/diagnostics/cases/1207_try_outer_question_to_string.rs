//! mistake: `Ok(comp!({..parse()?..})?)` in a function returning `Result<_, String>`, expecting the outer `?` to turn the `ParseIntError` into a `String`
//! offending: )?)
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn parse_limits(pairs: &[(&str, &str)]) -> Result<HashMap<String, u32>, String> {
    Ok(comp!({k.to_string(): v.trim().parse::<u32>()? for (k, v) in pairs})?)
}

fn main() {
    println!("{:?}", parse_limits(&[("cpu", "4"), ("mem", " 512")]));
}
