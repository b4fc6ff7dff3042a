//! mistake: kept `&str` views of the temporary `String`s that `to_lowercase()` returns
//! offending: t.to_lowercase()
//! category: ownership
fn main() {
    let tokens = vec!["GPU", "Batch", "EPOCH"];
    let lowered: Vec<&str> = tokens.iter().map(|t| t.to_lowercase().as_str()).collect();
    println!("{lowered:?}");
}
