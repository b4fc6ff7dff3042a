//! mistake: an unused closure parameter `x` in a map over a range
//! offending: x
//! category: lint
fn main() {
    let n = 4;
    let zeros: Vec<f64> = (0..n).map(|x| 0.0_f64).collect();
    println!("{zeros:?}");
}
