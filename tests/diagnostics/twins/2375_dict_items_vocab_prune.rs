//! mistake: iterated the token counts with Python's `dict.items()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in "to be or not to be that is the question".split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let mut pruned = HashMap::new();
    for (w, c) in counts.items() {
        if *c >= 2 {
            pruned.insert(w.clone(), *c);
        }
    }
    println!("{pruned:?}");
}
