//! mistake: misspelled the inner `for` as `fro` in a character n-gram comprehension
//! offending: fro
//! category: syntax

fn main() {
    let words = vec!["chat", "bot"];
    let mut trigrams = Vec::new();
    for w in &words {
        fro i in 0..w.len().saturating_sub(2) {
            trigrams.push(w[i..i + 3].to_string());
        }
    }
    println!("{trigrams:?}");
}
