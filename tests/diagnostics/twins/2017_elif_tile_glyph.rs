//! mistake: wrote Python's `elif` in a Rust `if` chain that picks each tile's glyph
//! offending: elif
//! category: python-habit
#[derive(Clone, Copy, PartialEq)]
enum Tile {
    Wall,
    Water,
    Floor,
}

fn main() {
    let row = [Tile::Wall, Tile::Floor, Tile::Water, Tile::Floor, Tile::Wall];
    let glyphs: Vec<char> = row
        .iter()
        .map(|&t| if t == Tile::Wall { '#' } elif t == Tile::Water { '~' } else { '.' })
        .collect();
    let line: String = glyphs.into_iter().collect();
    println!("{line}");
}
