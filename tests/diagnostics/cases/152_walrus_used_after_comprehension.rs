//! mistake: reading a walrus target after the comprehension, as PEP 572 lets it leak into the enclosing scope
//! offending: last_bad
//! category: python-habit
use comprehensions::comp;

fn parse_status(line: &str) -> u16 {
    line.rsplit(' ').next().and_then(|s| s.parse().ok()).unwrap_or(0)
}

fn main() {
    let log = vec!["GET / 200", "GET /x 500", "POST /y 503"];
    let errors = comp![line for line in &log if (last_bad := parse_status(line)) >= 500];
    println!("{} errors, last status {}", errors.len(), last_bad);
}
