//! mistake: collects `s.as_str()` of the owned `String`s an iterable makes (`to_uppercase()`), each dropped after its iteration
//! offending: s.as_str()
//! category: ownership
use comprehensions::comp;

fn main() {
    let names = vec!["ann".to_string(), "bo".to_string()];
    let upper: Vec<&str> = comp![s.as_str() for s in names.iter().map(|n| n.to_uppercase())];
    println!("{upper:?}");
}
