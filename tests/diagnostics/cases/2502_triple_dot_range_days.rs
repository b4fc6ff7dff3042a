//! mistake: wrote a delivery-day range as `1...7`
//! offending: ...
//! category: syntax
use comprehensions::comp;

fn slots_on(day: u32) -> u32 {
    if day % 7 == 0 { 0 } else { 12 }
}

fn main() {
    let schedule = comp![(day, slots_on(day)) for day in 1...7];
    println!("{schedule:?}");
}
