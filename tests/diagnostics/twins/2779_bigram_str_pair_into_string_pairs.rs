//! mistake: collected `(&str, &str)` window pairs where `(String, String)` bigrams were declared
//! offending: (w[0], w[1])
//! category: type

fn main() {
    let tokens: Vec<&str> = "where can i park my car".split(' ').collect();
    let mut bigrams: Vec<(String, String)> = Vec::new();
    for w in tokens.windows(2) {
        bigrams.push((w[0], w[1]));
    }
    println!("{bigrams:?}");
}
