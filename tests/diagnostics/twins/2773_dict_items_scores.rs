//! mistake: iterated the intent scores with Python's `dict.items()`
//! offending: items()
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let scores: HashMap<&str, f32> =
        HashMap::from([("book_flight", 0.81), ("cancel", 0.07), ("small_talk", 0.42)]);
    let confident: Vec<_> = scores
        .items()
        .filter(|(_, score)| **score > 0.4)
        .map(|(intent, _)| intent)
        .collect();
    println!("{confident:?}");
}
