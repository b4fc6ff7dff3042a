//! mistake: `a - b` on two owned `HashSet`s (hand-written)
use std::collections::HashSet;

fn main() {
    let text = "The cat and the hat";
    let stop: HashSet<String> = ["the", "and"].iter().map(|s| s.to_string()).collect();
    let vocab = text.split_whitespace().map(|w| w.to_lowercase()).collect::<HashSet<String>>() - stop;
    println!("{vocab:?}");
}
