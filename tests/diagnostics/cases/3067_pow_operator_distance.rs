//! mistake: squared coordinate deltas with Python's `**` in a radius filter
//! offending: **
//! category: python-habit
use comprehensions::comp;

struct Listing {
    id: u32,
    lat: f64,
    lon: f64,
}

fn main() {
    let listings = vec![
        Listing { id: 11, lat: 30.2672, lon: -97.7431 },
        Listing { id: 12, lat: 30.4000, lon: -97.7000 },
        Listing { id: 13, lat: 29.4241, lon: -98.4936 },
    ];
    let (center_lat, center_lon) = (30.27, -97.74);
    let radius_deg = 0.2_f64;
    let nearby = comp![
        l.id
        for l in &listings
        let dlat = l.lat - center_lat
        let dlon = l.lon - center_lon
        if (dlat ** 2 + dlon * dlon).sqrt() <= radius_deg
    ];
    println!("{nearby:?}");
}
