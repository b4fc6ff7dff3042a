//! mistake: counted and then summed the same iterator chain, as a Python generator is reused (there silently empty)
//! offending: warm
//! category: python-habit
fn warm_average(temps: &[f64], min: f64) -> f64 {
    let warm = temps.iter().filter(|t| **t > min);
    let n = warm.count();
    warm.sum::<f64>() / n as f64
}

fn main() {
    println!("{}", warm_average(&[21.5, 23.0, 19.5, 25.0], 20.0));
}
