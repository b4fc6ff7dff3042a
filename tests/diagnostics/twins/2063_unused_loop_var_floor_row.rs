//! mistake: filled a row of floor tiles with Python's `[FLOOR for x in range(W)]`, naming a loop variable it never uses
//! offending: x
//! category: lint
#[derive(Debug, Clone, Copy)]
enum Tile {
    Floor,
}

const WIDTH: usize = 5;

fn main() {
    let row: Vec<Tile> = (0..WIDTH).map(|x| Tile::Floor).collect();
    println!("{row:?}");
}
