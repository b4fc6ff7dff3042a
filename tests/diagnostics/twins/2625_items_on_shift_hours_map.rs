//! mistake: iterated a `HashMap` with Python's `dict.items()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut hours: HashMap<String, u32> = HashMap::new();
    hours.insert("Priya".into(), 46);
    hours.insert("Tom".into(), 32);
    hours.insert("Mo".into(), 41);
    let mut overtime = Vec::new();
    for (name, h) in hours.items() {
        if *h > 40 {
            overtime.push((name, h - 40));
        }
    }
    println!("{overtime:?}");
}
