//! mistake: Python's `{w: words.count(w) for w in words}` counting dict, with `list.count(x)` called on a `Vec`
//! offending: count
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["a", "b", "a"];
    let freq = comp!({w: words.count(w) for w in &words});
    println!("{freq:?}");
}
