//! mistake: Python's len(w) in the filter instead of w.len()
//! offending: len(w)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["a", "tree", "is", "growing"];
    let long = comp![w.to_uppercase() for w in &words if len(w) > 3];
    println!("{long:?}");
}
