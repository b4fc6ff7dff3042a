//! mistake: moving a String out of a .windows(2) slice in the element (groupby-style dedupe)
fn main() {
    let events = vec!["start".to_string(), "start".to_string(), "stop".to_string(), "stop".to_string()];
    let mut changes: Vec<String> = Vec::new();
    for w in events.windows(2) {
        if w[0] != w[1] {
            changes.push(w[0]);
        }
    }
    println!("{changes:?}");
}
