//! mistake: iterating a Vec<String> by value, then using it again as in Python
//! offending: words.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let words: Vec<String> = "the quick brown fox".split(' ').map(String::from).collect();
    let lens = comp![w.len() for w in words];
    println!("{} words, lengths {:?}", words.len(), lens);
}
