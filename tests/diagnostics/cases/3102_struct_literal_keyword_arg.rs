//! mistake: filled a struct field with Python's keyword-argument `=` instead of `:`
//! offending: lat = l.lat
//! category: syntax
use comprehensions::comp;

struct Listing {
    id: u32,
    lat: f64,
    lon: f64,
}

#[derive(Debug)]
struct Marker {
    id: u32,
    lat: f64,
    lon: f64,
}

fn main() {
    let listings = vec![Listing { id: 1, lat: 39.74, lon: -104.99 }, Listing { id: 2, lat: 39.68, lon: -105.02 }];
    let markers = comp![Marker { id: l.id, lat = l.lat, lon: l.lon } for l in &listings];
    println!("{markers:?}");
}
