//! mistake: iterated a `HashMap` of unread counts with Python's `.items()`
//! offending: items
//! category: python-habit
use comprehensions::{comp};
use std::collections::HashMap;

fn main() {
    let unread: HashMap<String, u32> = HashMap::from([("general".to_string(), 3), ("random".to_string(), 0)]);
    let badges = comp![format!("{room} ({n})") for (room, n) in unread.items() if *n > 0];
    println!("{badges:?}");
}
