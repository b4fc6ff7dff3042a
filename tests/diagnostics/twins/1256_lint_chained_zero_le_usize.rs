//! mistake: the bounds check `0 <= i && i < cells.len()` on a `usize` index: `0 <= i` is always true
//! offending: 0 <= i
//! category: lint

struct Grid {
    cells: Vec<char>,
}

impl Grid {
    fn pick(&self, idx: &[usize]) -> Vec<char> {
        let mut out = Vec::new();
        for &i in idx {
            if 0 <= i && i < self.cells.len() {
                out.push(self.cells[i]);
            }
        }
        out
    }
}

fn main() {
    let g = Grid { cells: vec!['a', 'b', 'c'] };
    println!("{:?}", g.pick(&[0, 2, 9]));
}
