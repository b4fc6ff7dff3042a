//! mistake: row-major indexing `r * self.width + c` with `i32` coordinates and a `usize` width, cast only at the end
//! offending: self.width
//! category: type
struct Grid {
    width: usize,
    cells: Vec<char>,
}

impl Grid {
    fn pick(&self, coords: &[(i32, i32)]) -> Vec<char> {
        let mut out = Vec::new();
        for &(r, c) in coords {
            out.push(self.cells[(r * self.width + c) as usize]);
        }
        out
    }
}

fn main() {
    let g = Grid { width: 2, cells: vec!['a', 'b', 'c', 'd'] };
    println!("{:?}", g.pick(&[(0, 1), (1, 0)]));
}
