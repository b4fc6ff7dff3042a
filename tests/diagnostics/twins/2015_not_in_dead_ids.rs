//! mistake: filtered out dead entities with Python's `not in` against a `HashSet` of ids
//! offending: not in
//! category: python-habit
use std::collections::HashSet;

struct Entity {
    id: u32,
    name: String,
}

fn main() {
    let entities = vec![
        Entity { id: 1, name: "goblin".into() },
        Entity { id: 2, name: "orc".into() },
        Entity { id: 3, name: "troll".into() },
    ];
    let dead: HashSet<u32> = [2].into_iter().collect();
    let survivors: Vec<String> = entities
        .iter()
        .filter(|e| e.id not in dead)
        .map(|e| e.name.clone())
        .collect();
    println!("{survivors:?}");
}
