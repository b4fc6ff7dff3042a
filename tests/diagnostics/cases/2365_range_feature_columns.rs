//! mistake: wrote Python's `range(n)` builtin for the feature indices instead of the range `0..n`
//! offending: range(ds.n_features)
//! category: python-habit
use comprehensions::comp;

struct Dataset {
    rows: Vec<Vec<f32>>,
    n_features: usize,
}

fn column_means(ds: &Dataset) -> Vec<f32> {
    let n = ds.rows.len() as f32;
    comp![ds.rows.iter().map(|r| r[j]).sum::<f32>() / n for j in range(ds.n_features)]
}

fn main() {
    let ds = Dataset {
        rows: vec![vec![1.0, 2.0, 3.0], vec![3.0, 4.0, 5.0]],
        n_features: 3,
    };
    println!("{:?}", column_means(&ds));
}
