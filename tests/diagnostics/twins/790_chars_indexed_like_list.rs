//! mistake: Python's word[0] as word.chars()[0] (Chars cannot be indexed)
fn main() {
    let words = vec!["apple", "banana"];
    let mut initials = Vec::new();
    for w in &words {
        initials.push(w.chars()[0]);
    }
    println!("{initials:?}");
}
