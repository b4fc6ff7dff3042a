//! mistake: returned `&f64` items from `closes.iter()` where the function promises `Vec<f64>`
//! offending: collect()
//! category: type
fn closes_above(closes: &[f64], stop: f64) -> Vec<f64> {
    closes.iter().filter(|px| **px > stop).collect()
}

fn main() {
    let closes = vec![12.4, 11.8, 12.9, 13.3, 12.1];
    println!("{:?}", closes_above(&closes, 12.2));
}
