//! mistake: filtered stopwords with Python's `not in` operator
//! offending: not
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let stopwords: HashSet<&str> = ["the", "a", "of", "and", "to"].into_iter().collect();
    let review = "the plot of the film was slow and the ending was worse";
    let content: Vec<&str> = review
        .split_whitespace()
        .filter(|t| t not in stopwords)
        .collect();
    println!("{content:?}");
}
