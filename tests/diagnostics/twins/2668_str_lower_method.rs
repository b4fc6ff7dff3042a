//! mistake: normalised query terms with Python's `str.lower()` instead of `to_lowercase()`
//! offending: lower()
//! category: python-habit

fn main() {
    let query = "Rust Full-Text SEARCH";
    let terms: Vec<String> = query.split_whitespace().map(|w| w.lower()).collect();
    println!("{terms:?}");
}
