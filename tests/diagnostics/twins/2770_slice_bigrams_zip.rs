//! mistake: built bigrams by zipping the tokens with Python's slice `tokens[1:]`
//! offending: tokens[1:]
//! category: python-habit

fn main() {
    let tokens = vec!["i", "need", "a", "taxi", "to", "the", "airport"];
    let mut bigrams = Vec::new();
    for (a, b) in tokens.iter().zip(tokens[1:]) {
        bigrams.push(format!("{a}_{b}"));
    }
    println!("{bigrams:?}");
}
