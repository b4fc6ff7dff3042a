//! mistake: iterated a `HashMap` of points with Python's `.items()`
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let points: HashMap<String, u32> = HashMap::from([
        ("Everton".to_string(), 38),
        ("Luton".to_string(), 26),
        ("Burnley".to_string(), 24),
    ]);
    let safe = comp![club.as_str() for (club, pts) in points.items() if *pts >= 35];
    println!("{safe:?}");
}
