//! mistake: compared an `&f64` close from `.iter().enumerate()` with an `f64` resistance level
//! offending: px > resistance
//! category: type
use comprehensions::comp;

fn main() {
    let closes = vec![98.4, 99.1, 101.3, 100.2, 102.7, 103.9];
    let resistance: f64 = 100.0;
    let breakouts = comp![day for (day, px) in closes.iter().enumerate() if px > resistance];
    println!("breakout days: {breakouts:?}");
}
