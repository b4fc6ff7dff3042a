//! mistake: `?` on parse in a fn returning Result<_, String>: ParseIntError does not convert to String (map_err(|e| e.to_string()))
//! offending: })?)
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

// Python: def parse_limits(pairs): return {k: int(v) for k, v in pairs}
fn parse_limits(pairs: &[(&str, &str)]) -> Result<HashMap<String, u32>, String> {
    Ok(comp!({k.to_string(): v.parse::<u32>()? for (k, v) in pairs})?)
}

fn main() {
    println!("{:?}", parse_limits(&[("max_conn", "100"), ("timeout", "30s")]));
}
