//! mistake: Python's `{c.pos for c in cells}` over a struct that derives only `PartialEq`: a `HashSet` element needs `Eq + Hash`
//! offending: c.pos
//! category: type
use std::collections::HashSet;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Pos {
    x: i32,
    y: i32,
}

struct Cell {
    pos: Pos,
    alive: bool,
}

struct Board {
    cells: Vec<Cell>,
}

impl Board {
    fn live_positions(&self) -> HashSet<Pos> {
        let mut out = HashSet::new();
        for c in &self.cells {
            if c.alive {
                out.insert(c.pos);
            }
        }
        out
    }
}

fn main() {
    let board = Board { cells: vec![Cell { pos: Pos { x: 1, y: 2 }, alive: true }] };
    println!("{:?}", board.live_positions().len());
}
