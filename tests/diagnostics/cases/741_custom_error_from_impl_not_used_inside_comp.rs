//! mistake: relies on `LoadError: From<ParseIntError>` for a `?` inside the comprehension, as a hand-written loop would
//! offending: parse::<u32>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

#[derive(Debug)]
enum LoadError {
    Empty,
    Parse(ParseIntError),
}

impl From<ParseIntError> for LoadError {
    fn from(e: ParseIntError) -> Self {
        LoadError::Parse(e)
    }
}

fn parse_ids(text: &str) -> Result<Vec<u32>, LoadError> {
    if text.is_empty() {
        return Err(LoadError::Empty);
    }
    comp![l.trim().parse::<u32>()? for l in text.lines()]
}

fn main() {
    println!("{:?}", parse_ids("1\n2\nx"));
}
