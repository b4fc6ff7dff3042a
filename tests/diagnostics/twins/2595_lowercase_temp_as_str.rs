//! mistake: kept `&str`s borrowed from `to_lowercase()` temporaries when normalising keywords
//! offending: kw.to_lowercase()
//! category: ownership
fn main() {
    let raw_keywords = vec!["SELECT".to_string(), "From".to_string(), "WHERE".to_string()];
    let normalised: Vec<&str> = raw_keywords.iter().map(|kw| kw.to_lowercase().as_str()).collect();
    println!("{normalised:?}");
}
