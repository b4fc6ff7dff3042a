//! mistake: skipped missing humidity values with Python's `is not None`
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

struct EnvReading {
    room: &'static str,
    humidity_pct: Option<f32>,
}

fn main() {
    let readings = vec![
        EnvReading { room: "lab", humidity_pct: Some(41.0) },
        EnvReading { room: "server-room", humidity_pct: None },
    ];
    let rooms_with_humidity = comp![r.room for r in &readings if r.humidity_pct is not None];
    println!("{rooms_with_humidity:?}");
}
