//! mistake: collecting `&str` words into an annotated `Vec<String>`
//! offending: w
//! category: type
use comprehensions::comp;

fn main() {
    let text = "the quick brown fox";
    let words: Vec<String> = comp![w for w in text.split_whitespace() if w.len() > 3];
    println!("{words:?}");
}
