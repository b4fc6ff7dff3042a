//! mistake: iterated the high-score table with Python's `dict.items()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    scores.insert("ana".into(), 1200);
    scores.insert("bo".into(), 80);
    scores.insert("cy".into(), 430);
    let mut leaders = Vec::new();
    for (name, s) in scores.items() {
        if *s >= 100 {
            leaders.push(name.clone());
        }
    }
    println!("{leaders:?}");
}
