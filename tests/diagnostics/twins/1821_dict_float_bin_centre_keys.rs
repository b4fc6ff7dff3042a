//! mistake: a histogram dict keyed by `f64` bin centres, which are not `Eq + Hash` (Python: `{c: count_near(xs, c) for c in centres}`)
//! offending: collect::<HashMap<_, _>>()
//! category: type
use std::collections::HashMap;

fn count_near(xs: &[f64], c: f64, half: f64) -> usize {
    xs.iter().filter(|x| (**x - c).abs() < half).count()
}

fn main() {
    let xs: Vec<f64> = vec![0.2, 0.7, 1.1, 1.4, 2.9];
    let centres: Vec<f64> = vec![0.5, 1.5, 2.5];
    let hist = centres.iter().copied().map(|c| (c, count_near(&xs, c, 0.5))).collect::<HashMap<_, _>>();
    println!("{hist:?}");
}
