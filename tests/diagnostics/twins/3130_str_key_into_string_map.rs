//! mistake: used a borrowed `&str` key where the station index map owns `String` keys
//! offending: s.name.as_str()
//! category: type
use std::collections::HashMap;

struct Station {
    name: String,
    elevation_m: f64,
}

fn build_index(stations: &[Station]) -> HashMap<String, f64> {
    let mut index = HashMap::new();
    for s in stations {
        index.insert(s.name.as_str(), s.elevation_m);
    }
    index
}

fn main() {
    let stations = vec![
        Station { name: "Zugspitze".into(), elevation_m: 2956.0 },
        Station { name: "Hohenpeissenberg".into(), elevation_m: 977.0 },
    ];
    println!("{:?}", build_index(&stations));
}
