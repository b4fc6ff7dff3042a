//! mistake: calls `Counter.most_common(3)` on a `HashMap` of counts
//! offending: most_common
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let text = "a b a c b a";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut top = Vec::new();
    for (w, _) in counts.most_common(3) {
        top.push(w);
    }
    println!("{top:?}");
}
