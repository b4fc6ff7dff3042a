//! mistake: collects `s.as_str()` of the owned `String`s an iterable makes (`to_uppercase()`), each dropped after its iteration
//! offending: s.as_str()
//! category: ownership
fn main() {
    let names = vec!["ann".to_string(), "bo".to_string()];
    let upper: Vec<&str> = names.iter().map(|n| n.to_uppercase()).map(|s| s.as_str()).collect();
    println!("{upper:?}");
}
