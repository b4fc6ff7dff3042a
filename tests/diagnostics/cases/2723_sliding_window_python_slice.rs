//! mistake: built sliding windows with Python's slice syntax `power[i:i + 4]`
//! offending: power[i:i + 4]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let power_w: Vec<f64> = vec![120.0, 118.5, 560.0, 575.2, 130.1, 121.9, 119.0];
    let power = &power_w;
    let peaks = comp![power[i:i + 4].iter().cloned().fold(f64::MIN, f64::max) for i in 0..power.len() - 3];
    println!("{peaks:?}");
}
