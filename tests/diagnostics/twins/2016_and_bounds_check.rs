//! mistake: joined the two in-bounds checks of a grid neighbour with Python's `and`
//! offending: and
//! category: python-habit
const W: i32 = 10;
const H: i32 = 8;

fn main() {
    let (px, py) = (0, 7);
    let candidates = [(px - 1, py), (px + 1, py), (px, py - 1), (px, py + 1)];
    let neighbours: Vec<(i32, i32)> = candidates
        .into_iter()
        .filter(|&(x, y)| 0 <= x && x < W and 0 <= y && y < H)
        .collect();
    println!("{neighbours:?}");
}
