//! mistake: collected `(&str, &str)` window pairs where `(String, String)` bigrams were declared
//! offending: (w[0], w[1])
//! category: type
use comprehensions::comp;

fn main() {
    let tokens: Vec<&str> = "where can i park my car".split(' ').collect();
    let bigrams: Vec<(String, String)> = comp![(w[0], w[1]) for w in tokens.windows(2)];
    println!("{bigrams:?}");
}
