//! mistake: filters a `u8` field with `>= 0`, a Python guard that is always true for an unsigned type (lint: unused_comparisons)
//! offending: p.level >= 0
//! category: lint
use comprehensions::comp;

struct Player {
    name: String,
    level: u8,
}

struct Guild {
    players: Vec<Player>,
}

impl Guild {
    fn ranked(&self) -> Vec<String> {
        comp![p.name.clone() for p in &self.players if p.level >= 0]
    }
}

fn main() {
    let g = Guild { players: vec![Player { name: "ana".into(), level: 3 }] };
    println!("{:?}", g.ranked());
}
