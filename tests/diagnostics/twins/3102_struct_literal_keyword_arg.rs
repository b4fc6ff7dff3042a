//! mistake: filled a struct field with Python's keyword-argument `=` instead of `:`
//! offending: lat = l.lat
//! category: syntax
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
    let mut markers = Vec::new();
    for l in &listings {
        markers.push(Marker { id: l.id, lat = l.lat, lon: l.lon });
    }
    println!("{markers:?}");
}
