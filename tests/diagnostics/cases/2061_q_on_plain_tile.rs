//! mistake: put `?` on `tile_at(..)`, which returns a plain `Tile`, as if out-of-bounds lookups returned `None`
//! offending: tile_at(map, x, y)?
//! category: try
use comprehensions::comp;

#[derive(Debug, Clone, Copy)]
enum Tile {
    Wall,
    Floor,
}

fn tile_at(map: &[Vec<Tile>], x: usize, y: usize) -> Tile {
    map[y][x]
}

fn ring(map: &[Vec<Tile>], coords: &[(usize, usize)]) -> Option<Vec<Tile>> {
    comp![tile_at(map, x, y)? for &(x, y) in coords]
}

fn main() {
    let map = vec![vec![Tile::Wall, Tile::Floor], vec![Tile::Floor, Tile::Floor]];
    println!("{:?}", ring(&map, &[(0, 0), (1, 1)]));
}
