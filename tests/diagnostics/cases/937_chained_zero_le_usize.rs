//! mistake: kept Python's bounds check `0 <= i < n` on a `usize` index: the lower bound is always true
//! offending: 0 <= i
//! category: lint
use comprehensions::comp;

struct Grid {
    cells: Vec<u8>,
}

impl Grid {
    fn valid(&self, idx: &[usize]) -> Vec<usize> {
        comp![i for &i in idx if 0 <= i < self.cells.len()]
    }
}

fn main() {
    let g = Grid { cells: vec![0; 4] };
    println!("{:?}", g.valid(&[0, 3, 7]));
}
