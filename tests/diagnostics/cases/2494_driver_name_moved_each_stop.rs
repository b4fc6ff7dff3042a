//! mistake: moved the driver's `String` name into each assignment of the loop
//! offending: driver
//! category: ownership
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

#[derive(Debug)]
struct Assignment {
    driver: String,
    stop: u32,
}

fn main() {
    let route = stops();
    let driver = String::from("Amina K.");
    let plan = comp![Assignment { driver: driver, stop: s.id } for s in &route if s.lat > 46.0];
    println!("{plan:?}");
}
