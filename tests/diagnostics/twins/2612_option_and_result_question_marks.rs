//! mistake: applied `?` to a symbol-table `Option` lookup in a function that returns a `Result`
//! offending: globals.get(name)?
//! category: try
use std::collections::HashMap;
use std::num::ParseIntError;

fn resolve(globals: &HashMap<&str, u32>, operands: &[(&str, &str)]) -> Result<Vec<u32>, ParseIntError> {
    let mut addrs = Vec::new();
    for &(name, offset) in operands {
        addrs.push(*globals.get(name)? + offset.parse::<u32>()?);
    }
    Ok(addrs)
}

fn main() {
    let globals = HashMap::from([("stdout", 0x100), ("heap", 0x2000)]);
    println!("{:?}", resolve(&globals, &[("heap", "16"), ("stdout", "0")]));
}
