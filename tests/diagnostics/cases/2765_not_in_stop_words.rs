//! mistake: filtered stop words with Python's `not in` membership test
//! offending: not in
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let stop_words: HashSet<&str> = ["the", "a", "is", "to", "and"].into_iter().collect();
    let utterance = "the bot is supposed to answer and to apologize";
    let content = comp![w for w in utterance.split_whitespace() if w not in stop_words];
    println!("{content:?}");
}
