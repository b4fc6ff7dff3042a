//! mistake: looped over positions with Python's `range(len(..))` builtin
//! offending: range(tokens.len())
//! category: python-habit

fn main() {
    let tokens: Vec<&str> = "the index maps each term to the docs that contain the term".split(' ').collect();
    let query_term = "term";
    let mut hits: Vec<usize> = Vec::new();
    for i in range(tokens.len()) {
        if tokens[i] == query_term {
            hits.push(i);
        }
    }
    println!("{hits:?}");
}
