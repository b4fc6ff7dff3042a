//! mistake: palindrome check comparing chars().rev() with bytes() (char vs u8)
//! offending: w.chars().rev().eq(w.bytes())
//! category: type
use comprehensions::comp;

fn main() {
    let words = vec!["level", "rust", "noon"];
    let palindromes = comp![*w for w in &words if w.chars().rev().eq(w.bytes())];
    println!("{palindromes:?}");
}
