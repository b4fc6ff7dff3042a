//! mistake: inserting `&String` keys into a map annotated with `String` keys (hand-written)
use std::collections::{HashMap, HashSet};

fn main() {
    let mut groups: HashMap<String, Vec<String>> = HashMap::new();
    groups.insert("infra".into(), vec!["ann".into(), "bob".into(), "ann".into()]);
    let mut members: HashMap<String, HashSet<String>> = HashMap::new();
    for (team, ms) in &groups {
        let set: HashSet<String> = ms.iter().map(|m| m.clone()).collect();
        members.insert(team, set);
    }
    println!("{members:?}");
}
