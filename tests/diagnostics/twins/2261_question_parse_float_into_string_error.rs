//! mistake: used `?` on `parse::<f64>()` (a `ParseFloatError`) in a function whose error type is `String`
//! offending: ?
//! category: try

fn parse_row(line: &str) -> Result<Vec<f64>, String> {
    let mut out = Vec::new();
    for field in line.split('\t').skip(1) {
        out.push(field.parse::<f64>()?);
    }
    Ok(out)
}

fn main() {
    for line in ["TP53\t4.2\t3.9\t5.1", "MYC\t12.0\tNA\t11.4"] {
        match parse_row(line) {
            Ok(v) => println!("{v:?}"),
            Err(e) => eprintln!("bad row: {e}"),
        }
    }
}
