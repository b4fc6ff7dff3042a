//! mistake: Python's `[int(t) for t in line.split()]` with `?` in a function whose error type is `String` (a `ParseIntError` does not convert)
//! offending: tok.parse::<i64>()?
//! category: try
fn parse_row(line: &str) -> Result<Vec<i64>, String> {
    let mut out = Vec::new();
    for tok in line.split_whitespace() {
        out.push(tok.parse::<i64>()?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_row("3 1 4"));
}
