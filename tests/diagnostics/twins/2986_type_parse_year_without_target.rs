//! mistake: parsed year tags with `.parse()` without saying which number type, as Python's `int()` would
//! offending: parse
//! category: type
fn main() {
    let year_tags = vec!["1959", "1997", "1999"];
    let years: Vec<_> = year_tags.iter().map(|tag| tag.parse().unwrap()).collect();
    println!("{years:?}");
}
