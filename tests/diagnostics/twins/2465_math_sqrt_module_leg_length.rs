//! mistake: called Python's `math.sqrt(..)` for a planar leg length
//! offending: math
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
    let legs: Vec<f64> = route
        .iter()
        .zip(route.iter().skip(1))
        .map(|(a, b)| math.sqrt((b.lat - a.lat).powi(2) + (b.lon - a.lon).powi(2)))
        .collect();
    println!("{legs:?}");
}
