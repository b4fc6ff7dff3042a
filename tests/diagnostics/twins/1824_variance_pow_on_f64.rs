//! mistake: squares an `f64` deviation with the integer method `.pow(2)` (Python: `(x - mean) ** 2`)
//! offending: pow
//! category: type
fn main() {
    let xs: Vec<f64> = vec![2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    let mean = xs.iter().sum::<f64>() / xs.len() as f64;
    let sq: Vec<f64> = xs.iter().map(|x| (x - mean).pow(2)).collect();
    println!("{sq:?}");
}
