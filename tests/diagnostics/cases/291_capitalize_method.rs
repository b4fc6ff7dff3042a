//! mistake: Python's `n.capitalize()` on a `&str`
//! offending: capitalize
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec!["alice", "bob"];
    // Python: [n.capitalize() for n in names]
    let shown = comp![n.capitalize() for n in names];
    println!("{shown:?}");
}
