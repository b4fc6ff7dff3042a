//! mistake: moved the `String` sensor id out of a borrowed reading (`for r in &readings`)
//! offending: r.sensor_id
//! category: ownership
use comprehensions::comp;

struct Reading {
    sensor_id: String,
    ppm: f64,
}

fn main() {
    let readings = vec![
        Reading { sensor_id: "co-kitchen".into(), ppm: 62.0 },
        Reading { sensor_id: "co-garage".into(), ppm: 8.0 },
    ];
    let alarming: Vec<String> = comp![r.sensor_id for r in &readings if r.ppm > 50.0];
    println!("{alarming:?} of {} readings", readings.len());
}
