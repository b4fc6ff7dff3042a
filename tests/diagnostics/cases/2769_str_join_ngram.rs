//! mistake: joined each n-gram with Python's `" ".join(gram)` on the separator
//! offending: " ".join(gram)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let tokens = vec!["please", "reset", "my", "password", "now"];
    let trigrams: Vec<String> = comp![" ".join(gram) for gram in tokens.windows(3)];
    println!("{trigrams:?}");
}
