//! mistake: Python's `w[-3:]` (the last three letters) written as a Rust range with a negative start, `&w[-3..]`
//! offending: -3
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["running", "jumped", "walks"];
    // Python: suffixes = [w[-3:] for w in words]
    let suffixes = comp![&w[-3..] for w in &words];
    println!("{suffixes:?}");
}
