//! mistake: collected the distinct thermostat setpoints (f64) into a set, as with Python floats
//! offending: t.setpoint
//! category: type
use std::collections::HashSet;

struct Thermostat {
    zone: &'static str,
    setpoint: f64,
}

fn main() {
    let zones = vec![
        Thermostat { zone: "north", setpoint: 21.5 },
        Thermostat { zone: "south", setpoint: 21.5 },
        Thermostat { zone: "lobby", setpoint: 19.0 },
    ];
    let mut distinct = HashSet::new();
    for t in &zones {
        if !t.zone.is_empty() {
            distinct.insert(t.setpoint);
        }
    }
    println!("{} distinct setpoints", distinct.len());
}
