//! mistake: keeps `&row[..k]` slices of rows owned by the loop, from a loader that returns the matrix by value (Python: `[row[:k] for row in load()]`)
//! offending: &row[..k]
//! category: ownership
fn load() -> Vec<Vec<f64>> {
    vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]]
}

fn main() {
    let k = 2;
    let heads: Vec<&[f64]> = load().into_iter().map(|row| &row[..k]).collect();
    println!("{heads:?}");
}
