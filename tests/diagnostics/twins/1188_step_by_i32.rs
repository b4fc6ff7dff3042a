//! mistake: an `i32` given to `step_by` in an iterator chain
//! offending: step_by(every)
//! category: type

fn sample(xs: &[f64], every: i32) -> Vec<f64> {
    (0..xs.len()).step_by(every).map(|i| xs[i]).collect()
}

fn main() {
    println!("{:?}", sample(&[1.0, 2.0, 3.0, 4.0, 5.0], 2));
}
