//! mistake: used Python's `enumerate()` builtin to number the hourly temperatures
//! offending: enumerate(hourly_temps)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let hourly_temps: Vec<f64> = vec![11.2, 10.8, 10.1, 9.9, 12.4, 15.0, 18.3];
    let freezing_hours = comp![h for h, t in enumerate(hourly_temps) if t < 10.5];
    println!("below 10.5 at hours {freezing_hours:?}");
}
