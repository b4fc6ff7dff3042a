//! mistake: filtered long routes with Python's `len(r.stops)`
//! offending: len
//! category: python-habit
use comprehensions::comp;

#[derive(Debug)]
struct Route {
    code: String,
    stops: Vec<u32>,
}

fn routes() -> Vec<Route> {
    vec![
        Route { code: "R-north".to_string(), stops: vec![4, 9, 12, 31] },
        Route { code: "R-east".to_string(), stops: vec![2, 7] },
    ]
}

fn main() {
    let all = routes();
    let long_routes = comp![r.code.as_str() for r in &all if len(r.stops) > 3];
    println!("{long_routes:?}");
}
