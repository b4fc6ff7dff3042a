//! mistake: Python's `{w: words.count(w) for w in words}`: a `Vec` has no `count(x)` (the iterator's `count()` takes no argument)
//! offending: count
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["a", "b", "a", "c", "a"];
    let counts = comp!({w: words.count(w) for w in &words});
    println!("{counts:?}");
}
