//! mistake: `?` on the integer node id parse in a decoder whose error type is `ParseFloatError`
//! offending: parse::<u32>()?
//! category: try
use std::num::ParseFloatError;

#[derive(Debug)]
struct Reading {
    node: u32,
    value: f64,
}

fn decode(lines: &[&str]) -> Result<Vec<Reading>, ParseFloatError> {
    let mut out = Vec::new();
    for line in lines {
        if let Some((node, value)) = line.split_once(';') {
            out.push(Reading { node: node.parse::<u32>()?, value: value.parse::<f64>()? });
        }
    }
    Ok(out)
}

fn main() {
    println!("{:?}", decode(&["12;20.5", "13;19.75"]));
}
