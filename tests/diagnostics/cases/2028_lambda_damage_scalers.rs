//! mistake: built one damage-scaling callback per difficulty with Python's `lambda`
//! offending: lambda dmg: dmg * m
//! category: python-habit
use comprehensions::comp;

fn main() {
    let multipliers = [1.0f32, 1.5, 2.0];
    let scalers = comp![lambda dmg: dmg * m for m in multipliers];
    let hard: f32 = scalers[2](10.0);
    println!("{hard}");
}
