//! mistake: the `seen` set of a first-occurrence dedupe declared without `mut`, then inserted into from the filter
//! offending: seen.insert(e.user)
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

struct Event {
    user: u32,
    action: &'static str,
}

fn main() {
    let events = vec![Event { user: 1, action: "login" }, Event { user: 1, action: "view" }];
    let seen = HashSet::new();
    let first = comp![e.action for e in &events if seen.insert(e.user)];
    println!("{first:?}");
}
