//! mistake: compared the walkable flag with Python's `True`
//! offending: True
//! category: python-habit
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
    let mut open = Vec::new();
    for t in &tiles {
        if t.walkable == True {
            open.push(t.pos);
        }
    }
    println!("{open:?}");
}
