//! mistake: paired each token with the next one using Python's slice `tokens[1:]`
//! offending: tokens[1:]
//! category: python-habit

fn main() {
    let tokens: Vec<&str> = "fast full text search in rust".split(' ').collect();
    let bigrams: Vec<String> = tokens.iter().zip(tokens[1:].iter()).map(|(a, b)| format!("{a} {b}")).collect();
    println!("{bigrams:?}");
}
