//! mistake: used `?` on `parse::<f64>()` (a `ParseFloatError`) in a function whose error type is `String`
//! offending: ?
//! category: try
use comprehensions::comp;

fn parse_row(line: &str) -> Result<Vec<f64>, String> {
    // Python: return [float(x) for x in line.split("\t")[1:]]
    comp![field.parse::<f64>()? for field in line.split('\t').skip(1)]
}

fn main() {
    for line in ["TP53\t4.2\t3.9\t5.1", "MYC\t12.0\tNA\t11.4"] {
        match parse_row(line) {
            Ok(v) => println!("{v:?}"),
            Err(e) => eprintln!("bad row: {e}"),
        }
    }
}
