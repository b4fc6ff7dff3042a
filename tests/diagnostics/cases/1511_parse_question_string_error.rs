//! mistake: Python's `[int(t) for t in line.split()]` with `?` in a function whose error type is `String` (a `ParseIntError` does not convert)
//! offending: tok.parse::<i64>()?
//! category: try
use comprehensions::comp;

fn parse_row(line: &str) -> Result<Vec<i64>, String> {
    comp![tok.parse::<i64>()? for tok in line.split_whitespace()]
}

fn main() {
    println!("{:?}", parse_row("3 1 4"));
}
