//! mistake: `len()` of a filtered lazy form (Python's `len([...])` after switching to a generator)
//! offending: len
//! category: type
use comprehensions::comp;

fn main() {
    let words = vec!["alpha", "be", "gamma", "pi"];
    let long = comp!((w for w in &words if w.len() > 2));
    println!("{} long words", long.len());
}
