//! mistake: absolute deviations with the deprecated `f64::abs_sub` (it is `max(x - y, 0)`, not `abs(x - y)`) instead of `(x - mean).abs()`
//! offending: abs_sub
//! category: lint
use comprehensions::comp;

fn main() {
    let xs: Vec<f64> = vec![1.0, 4.0, 2.5];
    let mean = 2.5;
    let devs: Vec<f64> = comp![x.abs_sub(mean) for x in xs.iter().copied()];
    println!("{devs:?}");
}
