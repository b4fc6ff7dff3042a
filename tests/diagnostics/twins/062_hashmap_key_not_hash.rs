//! mistake: a dict comprehension keyed by a struct without `#[derive(Hash, Eq)]` (hand-written)
//! offending: board.insert(c.pos, c.alive)
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Pos {
    x: i32,
    y: i32,
}

struct Cell {
    pos: Pos,
    alive: bool,
}

fn main() {
    let cells = vec![Cell { pos: Pos { x: 0, y: 0 }, alive: true }];
    let mut board = HashMap::new();
    for c in &cells {
        board.insert(c.pos, c.alive);
    }
    println!("{}", board.len());
}
