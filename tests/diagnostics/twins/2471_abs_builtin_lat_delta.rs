//! mistake: used Python's `abs(..)` builtin for a latitude delta
//! offending: abs
//! category: python-habit
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
    let near_depot: Vec<u32> = route.iter().filter(|s| abs(s.lat - depot_lat) < 1.0).map(|s| s.id).collect();
    println!("{near_depot:?}");
}
