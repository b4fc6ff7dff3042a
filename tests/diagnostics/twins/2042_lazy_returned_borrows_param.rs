//! mistake: returned a lazy generator of spawn cells (Python's generator function) that borrows the parameter `h`, without `move`
//! offending: |x|
//! category: ownership
fn spawn_cells(w: i32, h: i32) -> impl Iterator<Item = (i32, i32)> {
    (0..w).flat_map(|x| (0..h).filter(move |&y| (x * 7 + y * 3) % 5 == 0).map(move |y| (x, y)))
}

fn main() {
    let cells: Vec<(i32, i32)> = spawn_cells(6, 4).collect();
    println!("{cells:?}");
}
