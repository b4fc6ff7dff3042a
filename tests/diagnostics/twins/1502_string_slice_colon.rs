//! mistake: Python's `s[i:i + 3]` substring slice for all trigrams
//! offending: [i:i + 3]
//! category: syntax
fn main() {
    let s = "abcdef";
    let tris = (0..s.len() - 2).map(|i| &s[i:i + 3]).collect::<Vec<_>>();
    println!("{tris:?}");
}
