//! mistake: Python's descending-sort trick `(-n, w)` on a counter's `usize` counts (borrowed `&usize`, and unsigned), pushed in a loop
//! offending: -n
//! category: type
use std::collections::HashMap;

struct WordStats {
    counts: HashMap<String, usize>,
}

impl WordStats {
    fn ranked(&self) -> Vec<(i64, &String)> {
        let mut ranked = Vec::new();
        for (w, n) in &self.counts {
            ranked.push((-n, w));
        }
        ranked.sort();
        ranked
    }
}

fn main() {
    let s = WordStats { counts: HashMap::from([("a".to_string(), 2), ("b".to_string(), 5)]) };
    println!("{:?}", s.ranked());
}
