//! mistake: converts a `ParseIntError` with `.map_err(ImportError::BadNumber)?`, whose variant holds a `String`
//! offending: ImportError::BadNumber
//! category: try
#[derive(Debug)]
enum ImportError {
    Empty,
    BadNumber(String),
}

fn parse_amounts(text: &str) -> Result<Vec<u64>, ImportError> {
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    let mut out = Vec::new();
    for l in text.lines() {
        out.push(l.trim().parse::<u64>().map_err(ImportError::BadNumber)?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_amounts("1\n2"));
}
