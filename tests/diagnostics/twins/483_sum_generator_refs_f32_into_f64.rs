//! mistake: sum(..) of a nested generator over &Vec<f32> asked for f64 (items are &f32)
//! offending: Iterator::sum::<f64>
//! category: type

fn main() {
    let matrix: Vec<Vec<f32>> = vec![vec![1.0, 2.5], vec![3.0, 0.5]];
    let mut row_totals = Vec::new();
    for row in &matrix {
        row_totals.push(Iterator::sum::<f64>(row.iter().map(|x| x)));
    }
    println!("{row_totals:?}");
}
