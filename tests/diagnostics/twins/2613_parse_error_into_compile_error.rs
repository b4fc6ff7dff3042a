//! mistake: expected the collected `Result` to convert `ParseError` into the function's `CompileError`
//! offending: collect()
//! category: try
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
    src.lines().filter(|line| !line.is_empty()).map(|line| parse_stmt(line)).collect()
}

fn main() {
    println!("{:?}", compile("x = 1;\nprint(x);"));
}
