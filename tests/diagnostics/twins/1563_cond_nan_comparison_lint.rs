//! mistake: a conditional element replacing NaN readings with `r == f64::NAN`, which is never true
//! offending: r == f64::NAN
//! category: lint
fn main() {
    let readings = vec![1.0, f64::NAN, 3.0];
    let cleaned: Vec<f64> = readings.into_iter().map(|r| if r == f64::NAN { 0.0 } else { r }).collect();
    println!("{cleaned:?}");
}
