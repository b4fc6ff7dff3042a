//! mistake: applied `?` to a symbol-table `Option` lookup inside a comprehension whose other `?` is on a `Result`
//! offending: globals.get(name)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;
use std::num::ParseIntError;

fn resolve(globals: &HashMap<&str, u32>, operands: &[(&str, &str)]) -> Result<Vec<u32>, ParseIntError> {
    comp![*globals.get(name)? + offset.parse::<u32>()? for &(name, offset) in operands]
}

fn main() {
    let globals = HashMap::from([("stdout", 0x100), ("heap", 0x2000)]);
    println!("{:?}", resolve(&globals, &[("heap", "16"), ("stdout", "0")]));
}
