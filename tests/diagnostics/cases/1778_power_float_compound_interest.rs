//! mistake: Python's `**` on a float base: `1000 * (1 + rate) ** y` for compound interest
//! offending: **
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rate = 0.05_f64;
    let balances: Vec<f64> = comp![1000.0 * (1.0 + rate) ** y for y in 1..=5];
    for (y, b) in balances.iter().enumerate() {
        println!("year {}: {:.2}", y + 1, b);
    }
}
