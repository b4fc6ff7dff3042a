//! mistake: marked each ticket as fired inside the element while iterating `&tickets`
//! offending: t.fired = true
//! category: ownership
struct Ticket {
    id: u32,
    station: &'static str,
    fired: bool,
}

fn main() {
    let mut tickets = vec![
        Ticket { id: 31, station: "grill", fired: false },
        Ticket { id: 32, station: "wok", fired: false },
    ];
    let mut fired_ids = Vec::new();
    for t in &tickets {
        if t.station == "grill" {
            t.fired = true;
            fired_ids.push(t.id);
        }
    }
    println!("{fired_ids:?} {}", tickets.len());
    tickets.clear();
}
