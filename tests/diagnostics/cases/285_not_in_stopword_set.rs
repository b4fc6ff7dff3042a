//! mistake: Python's `w not in stop` to drop stopwords with a HashSet
//! offending: not in
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let stop: HashSet<&str> = ["the", "a", "of"].into_iter().collect();
    let text = "the history of a city";
    // Python: [w for w in text.split() if w not in stop]
    let words = comp![w for w in text.split_whitespace() if w not in stop];
    println!("{words:?}");
}
