//! mistake: joined the two in-bounds checks of a grid neighbour with Python's `and`
//! offending: and
//! category: python-habit
use comprehensions::comp;

const W: i32 = 10;
const H: i32 = 8;

fn main() {
    let (px, py) = (0, 7);
    let candidates = [(px - 1, py), (px + 1, py), (px, py - 1), (px, py + 1)];
    let neighbours = comp![(x, y) for (x, y) in candidates if 0 <= x < W and 0 <= y < H];
    println!("{neighbours:?}");
}
