//! mistake: `Counter.most_common(3)` called on a `HashMap<String, usize>` used as a counter
//! offending: most_common
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct WordStats {
    counts: HashMap<String, usize>,
}

impl WordStats {
    fn top(&self) -> HashMap<String, usize> {
        comp!({w.clone(): *n for (w, n) in self.counts.most_common(3)})
    }
}

fn main() {
    let s = WordStats { counts: HashMap::from([("a".to_string(), 2)]) };
    println!("{:?}", s.top());
}
