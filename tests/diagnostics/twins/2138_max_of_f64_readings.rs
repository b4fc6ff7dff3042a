//! mistake: took the peak of `f64` sensor readings with `Iterator::max`, which needs `Ord`
//! offending: max()
//! category: type

struct Sensor {
    id: &'static str,
    readings: Vec<f64>,
}

fn main() {
    let sensors = vec![
        Sensor { id: "t-01", readings: vec![21.5, 22.0, 23.75] },
        Sensor { id: "t-02", readings: vec![19.0, 18.5] },
    ];
    let peaks: Vec<(&str, f64)> = sensors
        .iter()
        .map(|s| (s.id, s.readings.iter().copied().max().unwrap_or(f64::NAN)))
        .collect();
    println!("{peaks:?}");
}
