//! mistake: tokenized with Python's argument-less `split()` to split on whitespace
//! offending: split()
//! category: python-habit

fn main() {
    let corpus = vec!["Hello there  bot", "what's the weather\ttoday", "bye"];
    let mut tokens = Vec::new();
    for line in &corpus {
        for tok in line.split() {
            tokens.push(tok.to_lowercase());
        }
    }
    println!("{tokens:?}");
}
