//! mistake: a histogram dict keyed by `f64` bin centres, which are not `Eq + Hash` (Python: `{c: count_near(xs, c) for c in centres}`)
//! offending: {c:
//! category: type
use comprehensions::comp;

fn count_near(xs: &[f64], c: f64, half: f64) -> usize {
    xs.iter().filter(|x| (**x - c).abs() < half).count()
}

fn main() {
    let xs: Vec<f64> = vec![0.2, 0.7, 1.1, 1.4, 2.9];
    let centres: Vec<f64> = vec![0.5, 1.5, 2.5];
    let hist = comp!({c: count_near(&xs, c, 0.5) for c in centres.iter().copied()});
    println!("{hist:?}");
}
