//! mistake: skipped missing humidity values with Python's `is not None`
//! offending: is not None
//! category: python-habit
struct EnvReading {
    room: &'static str,
    humidity_pct: Option<f32>,
}

fn main() {
    let readings = vec![
        EnvReading { room: "lab", humidity_pct: Some(41.0) },
        EnvReading { room: "server-room", humidity_pct: None },
    ];
    let mut rooms_with_humidity = Vec::new();
    for r in &readings {
        if r.humidity_pct is not None {
            rooms_with_humidity.push(r.room);
        }
    }
    println!("{rooms_with_humidity:?}");
}
