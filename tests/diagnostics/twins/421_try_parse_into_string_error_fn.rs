//! offending: v.parse::<u32>()?
use std::collections::HashMap;

fn parse_limits(pairs: &[(&str, &str)]) -> Result<HashMap<String, u32>, String> {
    let mut out = HashMap::new();
    for (k, v) in pairs {
        out.insert(k.to_string(), v.parse::<u32>()?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_limits(&[("max_conn", "100"), ("timeout", "30s")]));
}
