//! mistake: Python's `{w: words.count(w) for w in words}` counting dict, with `list.count(x)` called on a `Vec`
//! offending: count
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let words = vec!["a", "b", "a"];
    let freq = words.iter().map(|w| (w, words.count(w))).collect::<HashMap<_, _>>();
    println!("{freq:?}");
}
