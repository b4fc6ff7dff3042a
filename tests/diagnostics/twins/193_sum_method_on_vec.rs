//! mistake: `.sum()` on a `Vec` (hand-written)
fn main() {
    let rows = vec!["apple,1.25", "pear,0.5"];
    let prices: Vec<f64> = rows.iter().map(|r| r.split(',').nth(1).unwrap().parse::<f64>().unwrap()).collect();
    let total: f64 = prices.sum();
    println!("{total}");
}
