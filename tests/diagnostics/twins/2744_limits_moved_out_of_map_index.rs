//! mistake: took a non-`Copy` `Limits` out of the map by indexing, as Python's `limits[k]`
//! offending: limits[&r.kind]
//! category: ownership
use std::collections::HashMap;

#[derive(Debug)]
struct Limits {
    warn: f64,
    crit: f64,
    label: String,
}

struct Reading {
    kind: String,
    value: f64,
}

fn main() {
    let limits: HashMap<String, Limits> = HashMap::from([
        ("temp".to_string(), Limits { warn: 60.0, crit: 80.0, label: "°C".into() }),
        ("rpm".to_string(), Limits { warn: 3000.0, crit: 4500.0, label: "rpm".into() }),
    ]);
    let readings = vec![Reading { kind: "temp".into(), value: 83.0 }, Reading { kind: "rpm".into(), value: 3100.0 }];
    let checks: Vec<(f64, Limits)> = readings.iter().map(|r| (r.value, limits[&r.kind])).collect();
    for (v, l) in &checks {
        println!("{v} {} warn={} crit={}", l.label, l.warn, l.crit);
    }
}
