//! mistake: indexed the matrix with the `i32` loop variable of a range over the grid's `i32` size
//! offending: i][i
//! category: type

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
        let diagonal: Vec<f64> = (0..self.size).map(|i| self.cells[i][i]).collect();
        diagonal.iter().sum()
    }
}

fn main() {
    let g = Grid::identity(4);
    println!("trace = {}", g.trace());
}
