//! mistake: used Python's `abs(..)` builtin for a latitude delta
//! offending: abs
//! category: python-habit
use comprehensions::comp;

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
    let depot_lat = 46.0;
    let near_depot = comp![s.id for s in &route if abs(s.lat - depot_lat) < 1.0];
    println!("{near_depot:?}");
}
