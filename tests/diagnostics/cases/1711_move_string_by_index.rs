//! mistake: picking `words[i]` out of a `Vec<String>` by index, which would move the string out
//! offending: words[i]
//! category: ownership
use comprehensions::comp;

fn main() {
    let words: Vec<String> = "alpha beta gamma delta".split(' ').map(String::from).collect();
    let picks = vec![0, 2];
    let chosen = comp![words[i] for i in picks];
    println!("{chosen:?}");
}
