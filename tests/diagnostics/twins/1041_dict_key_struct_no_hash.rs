//! mistake: a map keyed by a small struct that derives `PartialEq` but not `Eq` and `Hash`
//! offending: p.pos
//! category: type
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pos {
    x: i32,
    y: i32,
}

struct Player {
    pos: Pos,
    hp: u32,
}

fn main() {
    let players = vec![Player { pos: Pos { x: 0, y: 1 }, hp: 30 }];
    let mut at = HashMap::new();
    for p in &players {
        at.insert(p.pos, p.hp);
    }
    println!("{}", at.len());
}
