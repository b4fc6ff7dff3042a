//! mistake: used `?` on `parse::<f64>()` in a function whose error type is `String`, expecting a conversion
//! offending: parse::<f64>()?
//! category: try

fn parse_amounts(line: &str) -> Result<Vec<f64>, String> {
    let mut out = Vec::new();
    for f in line.split(',') {
        if !f.trim().is_empty() {
            out.push(f.trim().parse::<f64>()?);
        }
    }
    Ok(out)
}

fn main() {
    match parse_amounts("12.5, 7,,x3") {
        Ok(v) => println!("{v:?}"),
        Err(e) => eprintln!("bad row: {e}"),
    }
}
