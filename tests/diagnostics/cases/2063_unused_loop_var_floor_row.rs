//! mistake: filled a row of floor tiles with Python's `[FLOOR for x in range(W)]`, naming a loop variable it never uses
//! offending: x
//! category: lint
use comprehensions::comp;

#[derive(Debug, Clone, Copy)]
enum Tile {
    Floor,
}

const WIDTH: usize = 5;

fn main() {
    let row = comp![Tile::Floor for x in 0..WIDTH];
    println!("{row:?}");
}
