//! mistake: Python's `p.best if p.games > 0 else None` as a dict value: one branch a `u32`, the other `None`
//! offending: None
//! category: python-habit
use std::collections::HashMap;

struct Player {
    name: String,
    games: u32,
    best: u32,
}

fn main() {
    let players = vec![
        Player { name: "ann".into(), games: 3, best: 1200 },
        Player { name: "bob".into(), games: 0, best: 0 },
    ];
    let mut best = HashMap::new();
    for p in &players {
        best.insert(p.name.as_str(), if p.games > 0 { p.best } else { None });
    }
    println!("{best:?}");
}
