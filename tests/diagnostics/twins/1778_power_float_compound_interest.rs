//! mistake: Python's `**` on a float base: `1000 * (1 + rate) ** y` for compound interest
//! offending: **
//! category: python-habit

fn main() {
    let rate = 0.05_f64;
    let balances: Vec<f64> = (1..=5).map(|y| 1000.0 * (1.0 + rate) ** y).collect();
    for (y, b) in balances.iter().enumerate() {
        println!("year {}: {:.2}", y + 1, b);
    }
}
