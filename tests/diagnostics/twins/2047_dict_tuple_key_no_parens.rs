//! mistake: keyed the tile map by the cell `x, y` without the tuple's parentheses
//! offending: x, y
//! category: syntax
use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
enum Tile {
    Floor,
}

const W: i32 = 3;
const H: i32 = 2;

fn main() {
    let mut tiles = HashMap::new();
    for x in 0..W {
        for y in 0..H {
            tiles.insert(x, y, Tile::Floor);
        }
    }
    println!("{:?}", tiles.get(&(1, 1)));
}
