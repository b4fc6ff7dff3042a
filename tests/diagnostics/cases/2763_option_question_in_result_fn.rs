//! mistake: used `?` on an `Option<f64>` reading in a function that returns `Result<_, String>`
//! offending: s.last_value?
//! category: try
use comprehensions::comp;

struct SensorSnapshot {
    name: &'static str,
    last_value: Option<f64>,
}

fn export_values(snapshots: &[SensorSnapshot]) -> Result<Vec<(&'static str, f64)>, String> {
    comp![(s.name, s.last_value?) for s in snapshots]
}

fn main() {
    let snaps = [SensorSnapshot { name: "tank-level", last_value: Some(0.72) }, SensorSnapshot { name: "tank-temp", last_value: None }];
    println!("{:?}", export_values(&snaps));
}
