//! mistake: Python's `list(w)` builtin to turn each word into its letters (hand-written)
fn main() {
    let words = vec!["abc", "de"];
    let letters: Vec<Vec<char>> = words.iter().map(|w| list(w.chars())).collect();
    println!("{letters:?}");
}
