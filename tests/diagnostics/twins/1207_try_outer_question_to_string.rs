//! mistake: `parse()?` in a function returning `Result<_, String>`, expecting `?` to turn the `ParseIntError` into a `String`
//! offending: ()?)
//! category: try
use std::collections::HashMap;

fn parse_limits(pairs: &[(&str, &str)]) -> Result<HashMap<String, u32>, String> {
    let mut m = HashMap::new();
    for (k, v) in pairs {
        m.insert(k.to_string(), v.trim().parse::<u32>()?);
    }
    Ok(m)
}

fn main() {
    println!("{:?}", parse_limits(&[("cpu", "4"), ("mem", " 512")]));
}
