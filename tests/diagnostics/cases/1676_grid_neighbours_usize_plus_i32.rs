//! mistake: adding `i32` direction offsets to `usize` coordinates, as Python's ints allow
//! offending: r + dr
//! category: type
use comprehensions::comp;

const DIRS: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];

struct Grid {
    cells: Vec<Vec<u8>>,
    h: usize,
    w: usize,
}

impl Grid {
    fn neighbours(&self, r: usize, c: usize) -> Vec<(usize, usize)> {
        comp![(r + dr, c + dc) for (dr, dc) in DIRS if 0 <= r + dr < self.h && 0 <= c + dc < self.w]
    }
}

fn main() {
    let g = Grid { cells: vec![vec![0; 3]; 3], h: 3, w: 3 };
    println!("{:?} {}", g.neighbours(0, 1), g.cells.len());
}
