//! mistake: Python's `row[-1]` for the last column of each row
//! offending: -1
//! category: python-habit

fn main() {
    let rows: Vec<Vec<f64>> = vec![vec![1.0, 2.0, 3.5], vec![4.0, 5.0, 6.25]];
    let mut totals = Vec::new();
    for row in &rows {
        if !row.is_empty() {
            totals.push(row[-1]);
        }
    }
    println!("{totals:?}");
}
