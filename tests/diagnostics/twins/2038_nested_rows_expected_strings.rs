//! mistake: rendered each map row as a nested list of glyphs where the rows are `String`s (Python's `''.join(..)` left out)
//! offending: row.iter().map(|t| t.glyph()).collect::<Vec<_>>()
//! category: type
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
    let mut lines: Vec<String> = Vec::new();
    for row in &map {
        lines.push(row.iter().map(|t| t.glyph()).collect::<Vec<_>>());
    }
    println!("{}", lines.join("\n"));
}
