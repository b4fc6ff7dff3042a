//! mistake: looped over positions with Python's `range(len(..))` builtin
//! offending: range(tokens.len())
//! category: python-habit
use comprehensions::comp;

fn main() {
    let tokens: Vec<&str> = "the index maps each term to the docs that contain the term".split(' ').collect();
    let query_term = "term";
    let hits: Vec<usize> = comp![i for i in range(tokens.len()) if tokens[i] == query_term];
    println!("{hits:?}");
}
