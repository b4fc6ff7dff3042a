//! mistake: used `?` on a `ParseFloatError` in a function whose error type is `String`
//! offending: ?
//! category: try
use comprehensions::comp;

fn parse_column(rows: &[&str], col: usize) -> Result<Vec<f64>, String> {
    comp![r.split(',').nth(col).unwrap_or("").trim().parse::<f64>()? for r in rows]
}

fn main() {
    let rows = ["2024-05-01, 14.2, 0.0", "2024-05-02, 16.8, 3.1"];
    match parse_column(&rows, 1) {
        Ok(tmax) => println!("{tmax:?}"),
        Err(e) => eprintln!("bad row: {e}"),
    }
}
