//! mistake: joined bigram tokens with `+` on two `&str`s, as Python concatenates strings
//! offending: w[0] + "_"
//! category: type
fn main() {
    let tokens: Vec<&str> = "new york is a big city".split(' ').collect();
    let bigrams: Vec<String> = tokens.windows(2).map(|w| w[0] + "_" + w[1]).collect();
    println!("{bigrams:?}");
}
