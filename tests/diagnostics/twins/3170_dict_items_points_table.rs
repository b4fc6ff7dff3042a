//! mistake: iterated a `HashMap` of points with Python's `.items()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let points: HashMap<String, u32> = HashMap::from([
        ("Everton".to_string(), 38),
        ("Luton".to_string(), 26),
        ("Burnley".to_string(), 24),
    ]);
    let mut safe = Vec::new();
    for (club, pts) in points.items() {
        if *pts >= 35 {
            safe.push(club.as_str());
        }
    }
    println!("{safe:?}");
}
