//! mistake: laid out a row of spawn points over Python's `range(COLS)`
//! offending: range
//! category: python-habit
use comprehensions::comp;

const COLS: u32 = 6;
const TILE: f32 = 16.0;

#[derive(Debug)]
struct Vec2 {
    x: f32,
    y: f32,
}

fn main() {
    let spawns = comp![Vec2 { x: col as f32 * TILE, y: 0.0 } for col in range(COLS)];
    println!("{spawns:?}");
}
