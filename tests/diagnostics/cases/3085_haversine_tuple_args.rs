//! mistake: passed latitude and longitude as two arguments to a distance helper that takes a `(f64, f64)` point
//! offending: haversine_km(l.lat, l.lon, office)
//! category: type
use comprehensions::comp;

struct Listing {
    mls: String,
    lat: f64,
    lon: f64,
}

fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn main() {
    let listings = vec![
        Listing { mls: "TX-9".into(), lat: 30.2672, lon: -97.7431 },
        Listing { mls: "TX-10".into(), lat: 30.5083, lon: -97.6789 },
    ];
    let office = (30.2849, -97.7341);
    let within_10km = comp![l.mls.as_str() for l in &listings if haversine_km(l.lat, l.lon, office) < 10.0];
    println!("{within_10km:?}");
}
