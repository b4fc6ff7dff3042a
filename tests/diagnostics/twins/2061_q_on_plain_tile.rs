//! mistake: put `?` on `tile_at(..)`, which returns a plain `Tile`, as if out-of-bounds lookups returned `None`
//! offending: tile_at(map, x, y)?
//! category: try
#[derive(Debug, Clone, Copy)]
enum Tile {
    Wall,
    Floor,
}

fn tile_at(map: &[Vec<Tile>], x: usize, y: usize) -> Tile {
    map[y][x]
}

fn ring(map: &[Vec<Tile>], coords: &[(usize, usize)]) -> Option<Vec<Tile>> {
    let mut out = Vec::new();
    for &(x, y) in coords {
        out.push(tile_at(map, x, y)?);
    }
    Some(out)
}

fn main() {
    let map = vec![vec![Tile::Wall, Tile::Floor], vec![Tile::Floor, Tile::Floor]];
    println!("{:?}", ring(&map, &[(0, 0), (1, 1)]));
}
