//! mistake: used `?` on the `Option` of a missing CSV column inside a function returning `Result`
//! offending: nth(2)?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct CsvError {
    line: usize,
}

fn emails(lines: &[&str]) -> Result<Vec<String>, CsvError> {
    // Python: return [line.split(",")[2].lower() for line in lines]  (IndexError on short rows)
    comp![line.split(',').nth(2)?.to_lowercase() for line in lines]
}

fn main() {
    let lines = ["1,ana,ANA@EXAMPLE.COM", "2,bo"];
    match emails(&lines) {
        Ok(v) => println!("{v:?}"),
        Err(e) => eprintln!("short row at line {}", e.line),
    }
}
