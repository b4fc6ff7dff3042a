//! mistake: expected `?` to convert `ParseError` into the function's `CompileError` through `From` inside the comprehension
//! offending: parse_stmt(line)?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct ParseError {
    line: usize,
}

#[derive(Debug)]
enum CompileError {
    Parse(ParseError),
}

impl From<ParseError> for CompileError {
    fn from(e: ParseError) -> Self {
        CompileError::Parse(e)
    }
}

#[derive(Debug)]
struct Stmt(String);

fn parse_stmt(line: &str) -> Result<Stmt, ParseError> {
    if line.ends_with(';') { Ok(Stmt(line.trim_end_matches(';').to_string())) } else { Err(ParseError { line: 0 }) }
}

fn compile(src: &str) -> Result<Vec<Stmt>, CompileError> {
    comp![parse_stmt(line)? for line in src.lines() if !line.is_empty()]
}

fn main() {
    println!("{:?}", compile("x = 1;\nprint(x);"));
}
