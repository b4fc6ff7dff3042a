//! mistake: joined each n-gram with Python's `" ".join(gram)` on the separator
//! offending: " ".join(gram)
//! category: python-habit

fn main() {
    let tokens = vec!["please", "reset", "my", "password", "now"];
    let trigrams: Vec<String> = tokens.windows(3).map(|gram| " ".join(gram)).collect();
    println!("{trigrams:?}");
}
