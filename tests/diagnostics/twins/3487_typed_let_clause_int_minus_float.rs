//! mistake: subtracted an `f64` mean from an integer sample in a typed `let` clause
//! offending: v - mean
//! category: type

fn main() {
    let latencies: Vec<i64> = vec![10, 14, 9, 30];
    let mean: f64 = 15.75;
    let sq: Vec<f64> = latencies
        .iter()
        .map(|v| {
            let d: f64 = v - mean;
            d * d
        })
        .collect();
    println!("{sq:?}");
}
