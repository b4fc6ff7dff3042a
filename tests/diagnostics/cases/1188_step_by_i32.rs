//! mistake: Python's `range(0, len(xs), every)` with an `i32` parameter given to `step_by`, which takes `usize`
//! offending: step_by(every)
//! category: type
use comprehensions::comp;

fn sample(xs: &[f64], every: i32) -> Vec<f64> {
    comp![xs[i] for i in (0..xs.len()).step_by(every)]
}

fn main() {
    println!("{:?}", sample(&[1.0, 2.0, 3.0, 4.0, 5.0], 2));
}
