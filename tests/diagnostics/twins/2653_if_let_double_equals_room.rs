//! mistake: wrote `==` instead of `=` in an `if let` clause
//! offending: ==
//! category: syntax
struct Booking {
    guest: &'static str,
    room: Option<u16>,
}

fn main() {
    let bookings = vec![Booking { guest: "Vega", room: Some(12) }, Booking { guest: "Wu", room: None }];
    let mut assigned = Vec::new();
    for b in &bookings {
        if let Some(r) == b.room {
            assigned.push((b.guest, r));
        }
    }
    println!("{assigned:?}");
}
