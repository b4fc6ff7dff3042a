//! mistake: used `?` on the `Option` of a missing CSV column inside a function returning `Result`
//! offending: nth(2)?
//! category: try

#[derive(Debug)]
struct CsvError {
    line: usize,
}

fn emails(lines: &[&str]) -> Result<Vec<String>, CsvError> {
    let mut out = Vec::new();
    for line in lines {
        out.push(line.split(',').nth(2)?.to_lowercase());
    }
    Ok(out)
}

fn main() {
    let lines = ["1,ana,ANA@EXAMPLE.COM", "2,bo"];
    match emails(&lines) {
        Ok(v) => println!("{v:?}"),
        Err(e) => eprintln!("short row at line {}", e.line),
    }
}
