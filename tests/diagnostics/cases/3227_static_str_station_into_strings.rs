//! mistake: collected `&'static str` station names where a `Vec<String>` is declared
//! offending: t.station
//! category: type
use comprehensions::comp;

struct Ticket {
    id: u32,
    station: &'static str,
}

fn main() {
    let tickets = vec![Ticket { id: 1, station: "grill" }, Ticket { id: 2, station: "fryer" }];
    let stations: Vec<String> = comp![t.station for t in &tickets];
    println!("{stations:?}");
}
