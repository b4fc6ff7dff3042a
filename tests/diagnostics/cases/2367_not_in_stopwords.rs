//! mistake: filtered stopwords with Python's `not in` operator
//! offending: not in
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let stopwords: HashSet<&str> = ["the", "a", "of", "and", "to"].into_iter().collect();
    let review = "the plot of the film was slow and the ending was worse";
    let content = comp![t for t in review.split_whitespace() if t not in stopwords];
    println!("{content:?}");
}
