//! mistake: iterating a Vec<String> by value, then using it again as in Python
//! offending: words.len()
//! category: ownership
fn main() {
    let words: Vec<String> = "the quick brown fox".split(' ').map(String::from).collect();
    let mut lens = Vec::new();
    for w in words {
        lens.push(w.len());
    }
    println!("{} words, lengths {:?}", words.len(), lens);
}
