//! mistake: wrote `parse<T>()` without the turbofish in a generic function
//! offending: parse<T>
//! category: syntax
use std::str::FromStr;

fn parse_all<T: FromStr>(fields: &[&str]) -> Vec<Option<T>> {
    fields.iter().map(|f| f.trim().parse<T>().ok()).collect()
}

fn main() {
    let v: Vec<Option<u8>> = parse_all(&["1", " 2", "x"]);
    println!("{v:?}");
}
