//! mistake: filtered stopwords with Python's `not in` instead of `!stopwords.contains(..)`
//! offending: not in
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let stopwords: HashSet<&str> = ["the", "a", "of", "and", "to", "in"].into_iter().collect();
    let text = "the history of the inverted index and its use in search engines";
    let terms: Vec<&str> = comp![w for w in text.split_whitespace() if w not in stopwords];
    println!("{terms:?}");
}
