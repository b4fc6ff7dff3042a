//! mistake: wrote a three-hourly range as `0..24 step 3`
//! offending: step 3
//! category: syntax
use comprehensions::comp;

fn main() {
    let hourly_rh: Vec<u8> = (0..24).map(|h| 55 + (h * 7 % 30) as u8).collect();
    let three_hourly = comp![(h, hourly_rh[h]) for h in 0..24 step 3];
    println!("{three_hourly:?}");
}
