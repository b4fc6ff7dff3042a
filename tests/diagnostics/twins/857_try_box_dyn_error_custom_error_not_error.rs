//! mistake: converts a custom error that does not implement `std::error::Error` into `Box<dyn Error>` with the outer `?`
//! offending: ?
//! category: try
use std::error::Error;

#[derive(Debug)]
struct ParseError {
    line: usize,
}

struct Loader {
    lines: Vec<String>,
}

impl Loader {
    fn parse(&self, i: usize, l: &str) -> Result<u32, ParseError> {
        l.trim().parse().map_err(|_| ParseError { line: i })
    }

    fn load(&self) -> Result<Vec<u32>, Box<dyn Error>> {
        Ok(self.lines.iter().enumerate().map(|(i, l)| self.parse(i, l)).collect::<Result<Vec<u32>, ParseError>>()?)
    }
}

fn main() {
    let l = Loader { lines: vec!["1".into(), "x".into()] };
    println!("{:?}", l.load());
}
