//! mistake: summed each row with `row.iter().sum()` and divided the result, leaving the sum's type to infer
//! offending: sum
//! category: type
use comprehensions::comp;

fn main() {
    // genes x samples, normalised counts
    let matrix: Vec<Vec<f64>> = vec![
        vec![10.0, 12.5, 9.8, 11.1],
        vec![0.0, 0.4, 0.2, 0.0],
        vec![150.2, 143.9, 160.0, 155.5],
    ];
    // Python: row_means = [sum(row) / len(row) for row in matrix]
    let row_means: Vec<f64> = comp![row.iter().sum() / row.len() as f64 for row in &matrix];
    println!("{row_means:?}");
}
