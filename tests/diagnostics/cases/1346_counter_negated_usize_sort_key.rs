//! mistake: Python's descending-sort trick `(-n, w)` on a counter's `usize` counts (borrowed `&usize`, and unsigned)
//! offending: -n
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct WordStats {
    counts: HashMap<String, usize>,
}

impl WordStats {
    fn ranked(&self) -> Vec<(i64, &String)> {
        let mut ranked = comp![(-n, w) for (w, n) in &self.counts];
        ranked.sort();
        ranked
    }
}

fn main() {
    let s = WordStats { counts: HashMap::from([("a".to_string(), 2), ("b".to_string(), 5)]) };
    println!("{:?}", s.ranked());
}
