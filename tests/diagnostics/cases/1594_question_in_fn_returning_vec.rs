//! mistake: `?` on each field's parse in a function that returns a plain `Vec<i64>`, as Python would raise
//! offending: ?
//! category: try
use comprehensions::comp;

fn parse_row(line: &str) -> Vec<i64> {
    comp![f.parse::<i64>()? for f in line.split(',')]
}

fn main() {
    println!("{:?}", parse_row("1,2,3"));
}
