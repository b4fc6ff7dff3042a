//! mistake: squared each accelerometer axis with Python's `**` operator for the RMS
//! offending: a.x ** 2
//! category: python-habit
struct Accel {
    x: f64,
    y: f64,
    z: f64,
}

fn main() {
    let samples = vec![
        Accel { x: 0.01, y: -0.02, z: 0.98 },
        Accel { x: 0.30, y: 0.11, z: 1.05 },
    ];
    let magnitudes: Vec<f64> = samples
        .iter()
        .map(|a| (a.x ** 2 + a.y * a.y + a.z * a.z).sqrt())
        .collect();
    println!("{magnitudes:?}");
}
