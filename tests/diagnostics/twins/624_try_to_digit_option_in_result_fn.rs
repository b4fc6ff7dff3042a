//! mistake: uses ? on char::to_digit's Option in a function that returns Result
//! category: try
fn parse_row(line: &str) -> Result<Vec<u32>, String> {
    let mut row = Vec::new();
    for c in line.chars() {
        row.push(c.to_digit(10)?);
    }
    Ok(row)
}

fn main() {
    match parse_row("30373") {
        Ok(row) => println!("{row:?}"),
        Err(e) => eprintln!("bad row: {e}"),
    }
}
