//! mistake: returned `&str` codes borrowed from a route list owned by the function
//! offending: codes
//! category: ownership
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

fn active_codes<'a>() -> Vec<&'a str> {
    let all = routes();
    let mut codes = Vec::new();
    for r in &all {
        if !r.stops.is_empty() {
            codes.push(r.code.as_str());
        }
    }
    codes
}

fn main() {
    println!("{:?}", active_codes());
}
