//! mistake: Python's argument-less `line.split()` (split on whitespace)
//! offending: split()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "the quick  brown\nfox";
    let words = comp![w.to_lowercase() for line in text.lines() for w in line.split()];
    println!("{words:?}");
}
