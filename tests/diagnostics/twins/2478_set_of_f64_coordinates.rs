//! mistake: deduplicated stop coordinates into a `HashSet<(f64, f64)>`
//! offending: (s.lat, s.lon)
//! category: type
use std::collections::HashSet;

#[derive(Debug, Clone)]
struct Stop {
    id: u32,
    city: String,
    lat: f64,
    lon: f64,
}

fn stops() -> Vec<Stop> {
    vec![
        Stop { id: 1, city: "Lyon".to_string(), lat: 45.76, lon: 4.84 },
        Stop { id: 2, city: "Dijon".to_string(), lat: 47.32, lon: 5.04 },
        Stop { id: 3, city: "Paris".to_string(), lat: 48.86, lon: 2.35 },
    ]
}

fn main() {
    let route = stops();
    let mut unique = HashSet::new();
    for s in &route {
        unique.insert((s.lat, s.lon));
    }
    println!("{} distinct points", unique.len());
}
