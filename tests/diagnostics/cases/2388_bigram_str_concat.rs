//! mistake: joined bigram tokens with `+` on two `&str`s, as Python concatenates strings
//! offending: w[0] + "_"
//! category: type
use comprehensions::comp;

fn main() {
    let tokens: Vec<&str> = "new york is a big city".split(' ').collect();
    let bigrams = comp![w[0] + "_" + w[1] for w in tokens.windows(2)];
    println!("{bigrams:?}");
}
