//! mistake: iterated a HashMap of play counts with Python's `.items()`
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let play_counts: HashMap<String, u64> = HashMap::from([
        ("Radiohead".to_string(), 450),
        ("Aphex Twin".to_string(), 3),
        ("Miles Davis".to_string(), 120),
    ]);
    let heavy_rotation: Vec<String> = comp![artist.clone() for (artist, n) in play_counts.items() if *n > 100];
    println!("{heavy_rotation:?}");
}
