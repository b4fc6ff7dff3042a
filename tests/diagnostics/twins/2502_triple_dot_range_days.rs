//! mistake: wrote a delivery-day range as `1...7`
//! offending: ...
//! category: syntax
fn slots_on(day: u32) -> u32 {
    if day % 7 == 0 { 0 } else { 12 }
}

fn main() {
    let mut schedule = Vec::new();
    for day in 1...7 {
        schedule.push((day, slots_on(day)));
    }
    println!("{schedule:?}");
}
