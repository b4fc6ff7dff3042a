//! mistake: Python's `e.find("@") != -1` (Rust's `find` returns an `Option<usize>`)
//! offending: e.find('@') != -1
//! category: python-habit
use comprehensions::comp;

fn main() {
    let emails = vec!["a@x.org", "bogus", "b@y.net"];
    // Python: [e for e in emails if e.find("@") != -1]
    let valid = comp![e for e in &emails if e.find('@') != -1];
    println!("{valid:?}");
}
