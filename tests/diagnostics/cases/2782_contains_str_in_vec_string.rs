//! mistake: asked a `Vec<String>` of stop words whether it `contains` a `&str` token
//! offending: w
//! category: type
use comprehensions::comp;

fn load_stop_words() -> Vec<String> {
    ["i", "me", "my", "the", "a"].iter().map(|s| s.to_string()).collect()
}

fn main() {
    let stop_words = load_stop_words();
    let query = "i lost my the wallet at a station";
    let keywords = comp![w for w in query.split(' ') if !stop_words.contains(w)];
    println!("{keywords:?}");
}
