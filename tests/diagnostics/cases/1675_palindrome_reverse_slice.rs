//! mistake: Python's `w[::-1]` to reverse a word when filtering palindromes
//! offending: [::-1]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["level", "rust", "noon", "comp"];
    let pals = comp![w for w in &words if w == w[::-1]];
    println!("{pals:?}");
}
