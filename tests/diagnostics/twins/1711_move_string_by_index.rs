//! mistake: picking `words[i]` out of a `Vec<String>` by index, which would move the string out
//! offending: words[i]
//! category: ownership
fn main() {
    let words: Vec<String> = "alpha beta gamma delta".split(' ').map(String::from).collect();
    let picks = vec![0, 2];
    let chosen: Vec<String> = picks.into_iter().map(|i| words[i]).collect();
    println!("{chosen:?}");
}
