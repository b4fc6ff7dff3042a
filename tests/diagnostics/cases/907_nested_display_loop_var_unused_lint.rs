//! mistake: the nested display's loop variable is unused (`[0 for c in row]` to make a zero row)
//! offending: c
//! category: lint
use comprehensions::comp;

fn main() {
    let grid = vec![vec![5, 6, 7], vec![8, 9, 1]];
    let zeros = comp![[0 for c in row] for row in &grid];
    println!("{zeros:?}");
}
