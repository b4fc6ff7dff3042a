//! mistake: tokenised on whitespace with Python's argument-less `str.split()`
//! offending: line.split()
//! category: python-habit
fn main() {
    let lines = vec!["Rust is fast", "Python is   friendly"];
    let tokens: Vec<String> = lines
        .iter()
        .flat_map(|line| line.split())
        .map(|tok| tok.to_lowercase())
        .collect();
    println!("{tokens:?}");
}
