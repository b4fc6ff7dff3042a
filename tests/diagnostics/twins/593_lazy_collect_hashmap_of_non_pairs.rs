//! mistake: collecting an iterator of plain `String`s into a `HashMap` (hand-written)
use std::collections::HashMap;

fn main() {
    let text = "the cat the hat";
    let counts = text.split_whitespace().map(|w| w.to_lowercase()).collect::<HashMap<_, _>>();
    println!("{counts:?}");
}
