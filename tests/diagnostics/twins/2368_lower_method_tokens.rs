//! mistake: normalised tokens with Python's `str.lower()` instead of `to_lowercase()`
//! offending: lower
//! category: python-habit
fn main() {
    let corpus = vec!["The Quick brown FOX", "jumps over the Lazy dog"];
    let mut tokens = Vec::new();
    for line in &corpus {
        for w in line.split_whitespace() {
            tokens.push(w.lower());
        }
    }
    println!("{tokens:?}");
}
