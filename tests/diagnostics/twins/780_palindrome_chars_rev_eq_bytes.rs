//! mistake: palindrome check comparing chars().rev() with bytes() (char vs u8)
fn main() {
    let words = vec!["level", "rust", "noon"];
    let mut palindromes = Vec::new();
    for w in &words {
        if w.chars().rev().eq(w.bytes()) {
            palindromes.push(*w);
        }
    }
    println!("{palindromes:?}");
}
