//! mistake: added an `i64` timezone offset to `u32` start minutes
//! offending: s.start_min + tz_offset_min
//! category: type
use comprehensions::comp;

struct Slot {
    start_min: u32,
}

fn main() {
    let slots = vec![Slot { start_min: 540 }, Slot { start_min: 600 }, Slot { start_min: 660 }];
    let tz_offset_min: i64 = -120;
    let local_starts: Vec<u32> = comp![s.start_min + tz_offset_min for s in &slots];
    println!("{local_starts:?}");
}
