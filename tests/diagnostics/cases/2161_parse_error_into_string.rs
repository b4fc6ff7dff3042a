//! mistake: used `?` on `parse::<f64>()` in a function whose error type is `String`, expecting a conversion
//! offending: parse::<f64>()?
//! category: try
use comprehensions::comp;

// Python: def parse_amounts(line): return [float(f) for f in line.split(",")]  (raises ValueError)
fn parse_amounts(line: &str) -> Result<Vec<f64>, String> {
    comp![f.trim().parse::<f64>()? for f in line.split(',') if !f.trim().is_empty()]
}

fn main() {
    match parse_amounts("12.5, 7,,x3") {
        Ok(v) => println!("{v:?}"),
        Err(e) => eprintln!("bad row: {e}"),
    }
}
