//! mistake: summed each window with an untyped `.sum()` inside an arithmetic expression
//! offending: sum()
//! category: type
fn main() {
    let co2_ppm: Vec<f64> = vec![410.0, 415.0, 980.0, 1200.0, 1150.0, 600.0];
    let rolling: Vec<f64> = co2_ppm.windows(3).map(|w| w.iter().sum() / w.len() as f64).collect();
    println!("{rolling:?}");
}
