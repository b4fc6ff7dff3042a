//! mistake: sum(..) of a nested generator over &Vec<f32> asked for f64 (items are &f32)
//! offending: Iterator::sum::<f64>
//! category: type
use comprehensions::comp;

fn main() {
    let matrix: Vec<Vec<f32>> = vec![vec![1.0, 2.5], vec![3.0, 0.5]];
    // Python: row_totals = [sum(x for x in row) for row in matrix]
    let row_totals = comp![Iterator::sum::<f64>(x for x in row) for row in &matrix];
    println!("{row_totals:?}");
}
