//! mistake: stored `count()` (a `usize`) as the term frequency of a `HashMap<&str, u32>`
//! offending: tokens.iter().filter(|x| **x == t).count()
//! category: type
use std::collections::HashMap;

fn main() {
    let tokens: Vec<&str> = "to be or not to be that is the question".split(' ').collect();
    let mut tf: HashMap<&str, u32> = HashMap::new();
    for t in tokens.iter().copied() {
        tf.insert(t, tokens.iter().filter(|x| **x == t).count());
    }
    println!("{tf:?}");
}
