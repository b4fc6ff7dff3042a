//! mistake: Python's s.lstrip("0") (Rust: trim_start_matches('0'))
//! offending: lstrip
//! category: python-habit
use comprehensions::comp;

fn main() {
    let ids = vec!["0042", "0007", "1200"];
    let short = comp![id.lstrip("0") for id in ids if !id.is_empty()];
    println!("{short:?}");
}
