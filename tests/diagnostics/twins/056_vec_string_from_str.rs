//! mistake: collecting `&str` words into an annotated `Vec<String>` (hand-written)
fn main() {
    let text = "the quick brown fox";
    let mut words: Vec<String> = Vec::new();
    for w in text.split_whitespace() {
        if w.len() > 3 {
            words.push(w);
        }
    }
    println!("{words:?}");
}
