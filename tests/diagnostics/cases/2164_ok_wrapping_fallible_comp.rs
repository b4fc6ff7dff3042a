//! mistake: wrapped a fallible comprehension (already a `Result`) in `Ok(..)` as the function's tail
//! offending: Ok(comp![parse_reading(line)? for line in text.lines() if !line.starts_with('#')])
//! category: try
use comprehensions::comp;
use std::num::ParseFloatError;

#[derive(Debug)]
struct Reading {
    sensor: String,
    celsius: f64,
}

fn parse_reading(line: &str) -> Result<Reading, ParseFloatError> {
    let (sensor, value) = line.split_once('=').unwrap_or((line, ""));
    Ok(Reading { sensor: sensor.trim().to_string(), celsius: value.trim().parse()? })
}

fn load(text: &str) -> Result<Vec<Reading>, ParseFloatError> {
    Ok(comp![parse_reading(line)? for line in text.lines() if !line.starts_with('#')])
}

fn main() {
    let text = "# sensor dump\nt-01 = 21.5\nt-02 = 19.25\n";
    println!("{:?}", load(text));
}
