//! mistake: Python's `w[-3:]` written as a Rust range with a negative start, `&w[-3..]` (hand-written)
fn main() {
    let words = vec!["running", "jumped", "walks"];
    let mut suffixes = Vec::new();
    for w in &words {
        suffixes.push(&w[-3..]);
    }
    println!("{suffixes:?}");
}
