//! mistake: Python's `w[::-1]` to reverse a word when filtering palindromes
//! offending: [::-1]
//! category: python-habit
fn main() {
    let words = vec!["level", "rust", "noon", "comp"];
    let pals: Vec<&&str> = words.iter().filter(|w| w == w[::-1]).collect();
    println!("{pals:?}");
}
