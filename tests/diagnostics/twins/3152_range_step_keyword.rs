//! mistake: wrote a three-hourly range as `0..24 step 3`
//! offending: step 3
//! category: syntax

fn main() {
    let hourly_rh: Vec<u8> = (0..24).map(|h| 55 + (h * 7 % 30) as u8).collect();
    let mut three_hourly = Vec::new();
    for h in 0..24 step 3 {
        three_hourly.push((h, hourly_rh[h]));
    }
    println!("{three_hourly:?}");
}
