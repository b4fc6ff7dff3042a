//! mistake: Python's bounds check `0 <= i < len(cells)` kept on a `usize` index: `0 <= i` is always true
//! offending: 0 <= i
//! category: lint
use comprehensions::comp;

struct Grid {
    cells: Vec<char>,
}

impl Grid {
    fn pick(&self, idx: &[usize]) -> Vec<char> {
        comp![self.cells[i] for &i in idx if 0 <= i < self.cells.len()]
    }
}

fn main() {
    let g = Grid { cells: vec!['a', 'b', 'c'] };
    println!("{:?}", g.pick(&[0, 2, 9]));
}
