//! mistake: used `?` on `parse::<f32>()` in a row parser whose error type is `String`
//! offending: ?
//! category: try
use comprehensions::comp;

fn parse_row(line: &str) -> Result<Vec<f32>, String> {
    comp![f.trim().parse::<f32>()? for f in line.split(',')]
}

fn main() {
    match parse_row("0.5, 1.25, abc") {
        Ok(row) => println!("{row:?}"),
        Err(e) => eprintln!("bad row: {e}"),
    }
}
