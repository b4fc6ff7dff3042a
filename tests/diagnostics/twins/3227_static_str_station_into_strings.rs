//! mistake: collected `&'static str` station names where a `Vec<String>` is declared
//! offending: t.station
//! category: type
struct Ticket {
    id: u32,
    station: &'static str,
}

fn main() {
    let tickets = vec![Ticket { id: 1, station: "grill" }, Ticket { id: 2, station: "fryer" }];
    let mut stations: Vec<String> = Vec::new();
    for t in &tickets {
        stations.push(t.station);
    }
    println!("{stations:?}");
}
