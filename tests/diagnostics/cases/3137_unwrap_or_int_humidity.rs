//! mistake: gave an integer default to `unwrap_or` on an `Option<f64>` humidity
//! offending: unwrap_or(0)
//! category: type
use comprehensions::comp;

struct Hygro {
    humidity_pct: Option<f64>,
}

fn main() {
    let readings = vec![Hygro { humidity_pct: Some(64.5) }, Hygro { humidity_pct: None }];
    let humidity = comp![r.humidity_pct.unwrap_or(0) for r in &readings];
    println!("{humidity:?}");
}
