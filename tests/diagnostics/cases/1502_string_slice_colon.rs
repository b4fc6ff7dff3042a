//! mistake: Python's `s[i:i + 3]` substring slice for all trigrams
//! offending: [i:i + 3]
//! category: syntax
use comprehensions::comp;

fn main() {
    let s = "abcdef";
    let tris = comp![&s[i:i + 3] for i in 0..s.len() - 2];
    println!("{tris:?}");
}
