//! mistake: indexed the matrix with the `i32` loop variable of a range over the grid's `i32` size
//! offending: i][i
//! category: type
use comprehensions::comp;

struct Grid {
    size: i32,
    cells: Vec<Vec<f64>>,
}

impl Grid {
    fn identity(size: i32) -> Self {
        let n = size as usize;
        let cells = (0..n).map(|i| (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect()).collect();
        Grid { size, cells }
    }

    fn trace(&self) -> f64 {
        // Python: sum(self.cells[i][i] for i in range(self.size))
        let diagonal: Vec<f64> = comp![self.cells[i][i] for i in 0..self.size];
        diagonal.iter().sum()
    }
}

fn main() {
    let g = Grid::identity(4);
    println!("trace = {}", g.trace());
}
