//! mistake: Python's `[0] * w` written as `[0; w]` with a runtime `w` (hand-written)
fn main() {
    let (w, h) = (4, 3);
    let mut grid = Vec::new();
    for _ in 0..h {
        grid.push([0u8; w]);
    }
    println!("{grid:?}");
}
