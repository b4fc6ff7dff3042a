//! mistake: moving a String out of a .windows(2) slice in the element (groupby-style dedupe)
//! offending: w[0]
//! category: ownership
use comprehensions::comp;

fn main() {
    let events = vec!["start".to_string(), "start".to_string(), "stop".to_string(), "stop".to_string()];
    let changes: Vec<String> = comp![w[0] for w in events.windows(2) if w[0] != w[1]];
    println!("{changes:?}");
}
