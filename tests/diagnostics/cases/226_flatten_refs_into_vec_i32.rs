//! mistake: flattening `[x for row in matrix for x in row]` over `&matrix` into a `Vec<i32>` (items are `&i32`)
//! offending: x
//! category: type
use comprehensions::comp;

fn total_cells(matrix: &Vec<Vec<i32>>) -> Vec<i32> {
    // Python: return [x for row in matrix for x in row]
    let flat: Vec<i32> = comp![x for row in matrix for x in row];
    flat
}

fn main() {
    let m = vec![vec![1, 2], vec![3, 4]];
    println!("{:?}", total_cells(&m));
}
