//! mistake: iterated the intent scores with Python's `dict.items()`
//! offending: items()
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let scores: HashMap<&str, f32> =
        HashMap::from([("book_flight", 0.81), ("cancel", 0.07), ("small_talk", 0.42)]);
    let confident = comp![intent for (intent, score) in scores.items() if *score > 0.4];
    println!("{confident:?}");
}
