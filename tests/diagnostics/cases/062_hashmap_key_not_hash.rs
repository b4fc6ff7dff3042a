//! mistake: a dict comprehension keyed by a struct without `#[derive(Hash, Eq)]`
//! offending: c.pos
//! category: type
use comprehensions::comp;

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
    let board = comp!({c.pos: c.alive for c in &cells});
    println!("{}", board.len());
}
