//! mistake: filled a `u32` field of the map pin with a `u64` price in thousands
//! offending: l.price / 1000
//! category: type
use comprehensions::comp;

struct Listing {
    id: u32,
    price: u64,
    lat: f64,
    lon: f64,
}

#[derive(Debug)]
struct MapPin {
    listing_id: u32,
    price_k: u32,
    lat: f64,
    lon: f64,
}

fn main() {
    let listings = vec![
        Listing { id: 1, price: 745_000, lat: 47.61, lon: -122.33 },
        Listing { id: 2, price: 1_290_000, lat: 47.67, lon: -122.38 },
    ];
    let pins = comp![
        MapPin { listing_id: l.id, price_k: l.price / 1000, lat: l.lat, lon: l.lon }
        for l in &listings
    ];
    println!("{pins:?}");
}
