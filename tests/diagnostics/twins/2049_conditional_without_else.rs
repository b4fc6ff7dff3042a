//! mistake: showed only the visible tiles with a conditional element that has no `else`
//! offending: if t.visible { t.glyph }
//! category: syntax
struct Tile {
    glyph: char,
    visible: bool,
}

fn main() {
    let tiles = vec![Tile { glyph: '#', visible: true }, Tile { glyph: 'g', visible: false }];
    let shown: Vec<char> = tiles.iter().map(|t| if t.visible { t.glyph }).collect();
    println!("{shown:?}");
}
