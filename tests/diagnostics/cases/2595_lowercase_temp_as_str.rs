//! mistake: kept `&str`s borrowed from `to_lowercase()` temporaries when normalising keywords
//! offending: kw.to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let raw_keywords = vec!["SELECT".to_string(), "From".to_string(), "WHERE".to_string()];
    let normalised: Vec<&str> = comp![kw.to_lowercase().as_str() for kw in &raw_keywords];
    println!("{normalised:?}");
}
