//! mistake: a walrus in an `if` clause without its parentheses, `if m := parse(line)`
//! offending: m := parse_status(line)
//! category: syntax
use comprehensions::comp;

fn parse_status(line: &str) -> Option<u16> {
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let log = vec!["GET 200", "GET 404", "POST 500"];
    // Python: codes = [m for line in log if (m := parse_status(line))]
    let codes = comp![m for line in &log if m := parse_status(line)];
    println!("{codes:?}");
}
