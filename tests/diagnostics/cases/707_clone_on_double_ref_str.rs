//! mistake: "copies" the borrowed words with `.clone()` on a `&&str`, which clones the reference, not the text
//! offending: w.clone()
//! category: lint
use comprehensions::comp;

fn main() {
    let words: Vec<&str> = "red green blue".split(' ').collect();
    let copy: Vec<&str> = comp![w.clone() for w in words.iter() if w.len() > 3];
    println!("{copy:?}");
}
