//! mistake: showed only the visible tiles with a conditional element that has no `else`
//! offending: t.glyph if t.visible
//! category: syntax
use comprehensions::comp;

struct Tile {
    glyph: char,
    visible: bool,
}

fn main() {
    let tiles = vec![Tile { glyph: '#', visible: true }, Tile { glyph: 'g', visible: false }];
    let shown = comp![t.glyph if t.visible for t in &tiles];
    println!("{shown:?}");
}
