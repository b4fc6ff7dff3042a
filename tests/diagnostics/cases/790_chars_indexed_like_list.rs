//! mistake: Python's word[0] as word.chars()[0] (Chars cannot be indexed)
//! offending: w.chars()[0]
//! category: type
use comprehensions::comp;

fn main() {
    let words = vec!["apple", "banana"];
    let initials = comp![w.chars()[0] for w in &words];
    println!("{initials:?}");
}
