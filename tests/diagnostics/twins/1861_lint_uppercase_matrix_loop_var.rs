//! mistake: names the loop variable `X` after the data-science convention for a feature matrix (Python: `[X.shape[0] for X in batches]`)
//! offending: |X|
//! category: lint
fn main() {
    let batches: Vec<Vec<Vec<f64>>> = vec![vec![vec![1.0, 2.0]], vec![vec![3.0, 4.0], vec![5.0, 6.0]]];
    let sizes: Vec<usize> = batches.iter().map(|X| X.len()).collect();
    println!("{sizes:?}");
}
