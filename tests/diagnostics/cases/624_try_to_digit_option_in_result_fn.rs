//! mistake: uses ? on char::to_digit's Option in a function that returns Result
//! offending: c.to_digit(10)?
//! category: try
use comprehensions::comp;

fn parse_row(line: &str) -> Result<Vec<u32>, String> {
    comp![c.to_digit(10)? for c in line.chars()]
}

fn main() {
    match parse_row("30373") {
        Ok(row) => println!("{row:?}"),
        Err(e) => eprintln!("bad row: {e}"),
    }
}
