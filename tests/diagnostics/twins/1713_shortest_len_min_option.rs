//! mistake: `.min()` of the word lengths used as a `usize`, as Python's `min(...)` returns the value
//! offending: .min()
//! category: type
fn main() {
    let words = vec!["kayak", "be", "rust"];
    let shortest: usize = words.iter().map(|w| w.len()).min();
    println!("{shortest}");
}
