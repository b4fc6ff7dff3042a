//! mistake: added an `f64` calibration offset to an `f32` sensor value
//! offending: r.raw + cal.offset
//! category: type

struct Calibration {
    offset: f64,
}

struct RawReading {
    sensor: u8,
    raw: f32,
}

fn main() {
    let cal = Calibration { offset: -0.35 };
    let raw = vec![RawReading { sensor: 1, raw: 22.81 }, RawReading { sensor: 2, raw: 23.07 }];
    let mut corrected = Vec::new();
    for r in &raw {
        corrected.push((r.sensor, r.raw + cal.offset));
    }
    println!("{corrected:?}");
}
