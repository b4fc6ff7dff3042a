//! mistake: collecting a lazy comprehension of plain `String`s into a `HashMap` (Python's `dict(gen)` needs pairs too, but the user expected word -> count)
//! offending: collect::<HashMap<_, _>>
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let text = "the cat the hat";
    let counts = comp!((w.to_lowercase() for w in text.split_whitespace())).collect::<HashMap<_, _>>();
    println!("{counts:?}");
}
