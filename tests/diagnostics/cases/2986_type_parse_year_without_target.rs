//! mistake: parsed year tags with `.parse()` without saying which number type, as Python's `int()` would
//! offending: parse
//! category: type
use comprehensions::comp;

fn main() {
    let year_tags = vec!["1959", "1997", "1999"];
    let years = comp![tag.parse().unwrap() for tag in &year_tags];
    println!("{years:?}");
}
