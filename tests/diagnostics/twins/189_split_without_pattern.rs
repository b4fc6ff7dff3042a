//! mistake: Python's argument-less `line.split()` (hand-written)
fn main() {
    let text = "the quick  brown\nfox";
    let mut words = Vec::new();
    for line in text.lines() {
        for w in line.split() {
            words.push(w.to_lowercase());
        }
    }
    println!("{words:?}");
}
