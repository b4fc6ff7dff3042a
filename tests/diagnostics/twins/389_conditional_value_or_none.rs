//! offending: if v >= 0.0 { v } else { None }
fn main() {
    let readings: Vec<f64> = vec![21.5, -999.0, 22.1];
    let mut cleaned: Vec<Option<f64>> = Vec::new();
    for v in readings {
        cleaned.push(if v >= 0.0 { v } else { None });
    }
    println!("{:?}", cleaned);
}
