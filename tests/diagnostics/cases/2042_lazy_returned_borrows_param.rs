//! mistake: returned a lazy generator of spawn cells (Python's generator function) that borrows the parameter `h`, without `move`
//! offending: for y in 0..h
//! category: ownership
use comprehensions::comp;

fn spawn_cells(w: i32, h: i32) -> impl Iterator<Item = (i32, i32)> {
    comp!(((x, y) for x in 0..w for y in 0..h if (x * 7 + y * 3) % 5 == 0))
}

fn main() {
    let cells: Vec<(i32, i32)> = spawn_cells(6, 4).collect();
    println!("{cells:?}");
}
