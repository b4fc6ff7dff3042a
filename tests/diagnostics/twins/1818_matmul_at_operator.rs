//! mistake: Python's matrix-multiplication operator `w @ x` for a dot product (Python: `[w @ x for x in samples]`)
//! offending: @
//! category: python-habit
fn main() {
    let w: Vec<f64> = vec![0.5, -1.0, 2.0];
    let samples: Vec<Vec<f64>> = vec![vec![1.0, 2.0, 3.0], vec![0.0, 1.0, 0.0]];
    let scores: Vec<f64> = samples.iter().map(|x| w @ x).collect();
    println!("{scores:?}");
}
