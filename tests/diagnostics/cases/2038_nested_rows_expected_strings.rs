//! mistake: rendered each map row as a nested list of glyphs where the rows are `String`s (Python's `''.join(..)` left out)
//! offending: [t.glyph() for t in row]
//! category: type
use comprehensions::comp;

#[derive(Clone, Copy)]
enum Tile {
    Wall,
    Floor,
}

impl Tile {
    fn glyph(self) -> char {
        match self {
            Tile::Wall => '#',
            Tile::Floor => '.',
        }
    }
}

fn main() {
    let map = vec![vec![Tile::Wall, Tile::Wall, Tile::Wall], vec![Tile::Wall, Tile::Floor, Tile::Wall]];
    let lines: Vec<String> = comp![[t.glyph() for t in row] for row in &map];
    println!("{}", lines.join("\n"));
}
