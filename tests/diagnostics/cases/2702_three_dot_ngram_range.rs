//! mistake: wrote the n-gram size range as `1...3` instead of `1..=3`
//! offending: 1...3
//! category: syntax
use comprehensions::comp;

fn main() {
    let tokens: Vec<&str> = "new york city subway".split(' ').collect();
    let ngrams: Vec<String> = comp![tokens[i..i + n].join(" ") for n in 1...3 for i in 0..tokens.len() + 1 - n];
    println!("{ngrams:?}");
}
