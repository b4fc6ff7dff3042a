//! mistake: iterated the station list by value, then used it again for the report
//! offending: stations.len()
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Station {
    wmo_id: u32,
    lat: f64,
    lon: f64,
}

fn main() {
    let stations = vec![
        Station { wmo_id: 10384, lat: 52.47, lon: 13.40 },
        Station { wmo_id: 10147, lat: 53.63, lon: 9.99 },
    ];
    let northern = comp![s.wmo_id for s in stations if s.lat > 53.0 && s.lon > 0.0];
    println!("{} of {} stations are northern: {northern:?}", northern.len(), stations.len());
}
