//! mistake: took the owned `String` station id out of readings iterated by reference
//! offending: r.station_id
//! category: ownership

struct Reading {
    station_id: String,
    temp_c: f64,
}

fn main() {
    let readings = vec![
        Reading { station_id: "USW00094728".into(), temp_c: 35.6 },
        Reading { station_id: "USW00023174".into(), temp_c: 24.4 },
    ];
    let mut hot_stations: Vec<String> = Vec::new();
    for r in &readings {
        if r.temp_c > 30.0 {
            hot_stations.push(r.station_id);
        }
    }
    println!("{hot_stations:?} of {}", readings.len());
}
