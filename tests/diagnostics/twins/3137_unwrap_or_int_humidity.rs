//! mistake: gave an integer default to `unwrap_or` on an `Option<f64>` humidity
//! offending: unwrap_or(0)
//! category: type

struct Hygro {
    humidity_pct: Option<f64>,
}

fn main() {
    let readings = vec![Hygro { humidity_pct: Some(64.5) }, Hygro { humidity_pct: None }];
    let mut humidity = Vec::new();
    for r in &readings {
        humidity.push(r.humidity_pct.unwrap_or(0));
    }
    println!("{humidity:?}");
}
