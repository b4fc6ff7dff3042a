//! mistake: moved the `String` sensor id out of a borrowed reading (`for r in &readings`)
//! offending: r.sensor_id
//! category: ownership
struct Reading {
    sensor_id: String,
    ppm: f64,
}

fn main() {
    let readings = vec![
        Reading { sensor_id: "co-kitchen".into(), ppm: 62.0 },
        Reading { sensor_id: "co-garage".into(), ppm: 8.0 },
    ];
    let mut alarming: Vec<String> = Vec::new();
    for r in &readings {
        if r.ppm > 50.0 {
            alarming.push(r.sensor_id);
        }
    }
    println!("{alarming:?} of {} readings", readings.len());
}
