//! mistake: wrote Python's `elif` in a Rust `if` chain that picks each tile's glyph
//! offending: elif
//! category: python-habit
use comprehensions::comp;

#[derive(Clone, Copy, PartialEq)]
enum Tile {
    Wall,
    Water,
    Floor,
}

fn main() {
    let row = [Tile::Wall, Tile::Floor, Tile::Water, Tile::Floor, Tile::Wall];
    let glyphs = comp![if t == Tile::Wall { '#' } elif t == Tile::Water { '~' } else { '.' } for t in row];
    let line: String = glyphs.into_iter().collect();
    println!("{line}");
}
