//! mistake: used `?` on `parse::<f32>()` in a row parser whose error type is `String`
//! offending: ?
//! category: try
fn parse_row(line: &str) -> Result<Vec<f32>, String> {
    let mut row = Vec::new();
    for f in line.split(',') {
        row.push(f.trim().parse::<f32>()?);
    }
    Ok(row)
}

fn main() {
    match parse_row("0.5, 1.25, abc") {
        Ok(row) => println!("{row:?}"),
        Err(e) => eprintln!("bad row: {e}"),
    }
}
