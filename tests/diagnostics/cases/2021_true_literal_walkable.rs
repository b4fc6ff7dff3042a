//! mistake: compared the walkable flag with Python's `True`
//! offending: True
//! category: python-habit
use comprehensions::comp;

struct Tile {
    pos: (i32, i32),
    walkable: bool,
}

fn main() {
    let tiles = vec![
        Tile { pos: (0, 0), walkable: true },
        Tile { pos: (1, 0), walkable: false },
        Tile { pos: (2, 0), walkable: true },
    ];
    let open = comp![t.pos for t in &tiles if t.walkable == True];
    println!("{open:?}");
}
