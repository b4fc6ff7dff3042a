//! mistake: a `?` on a `mean()` that returns a plain `f64`, as if it could fail like Python's `statistics.mean([])`
//! offending: mean(row)?
//! category: try
fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn row_means(m: &[Vec<f64>]) -> Option<Vec<f64>> {
    let mut out = Vec::new();
    for row in m {
        out.push(mean(row)?);
    }
    Some(out)
}

fn main() {
    println!("{:?}", row_means(&[vec![1.0, 2.0], vec![]]));
}
