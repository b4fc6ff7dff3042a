//! mistake: converts a `ParseIntError` with `.map_err(ImportError::BadNumber)?`, whose variant holds a `String`
//! offending: ImportError::BadNumber
//! category: try
use comprehensions::comp;

#[derive(Debug)]
enum ImportError {
    Empty,
    BadNumber(String),
}

fn parse_amounts(text: &str) -> Result<Vec<u64>, ImportError> {
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    comp![l.trim().parse::<u64>().map_err(ImportError::BadNumber)? for l in text.lines()]
}

fn main() {
    println!("{:?}", parse_amounts("1\n2"));
}
