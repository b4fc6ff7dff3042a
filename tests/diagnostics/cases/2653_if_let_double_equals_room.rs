//! mistake: wrote `==` instead of `=` in an `if let` clause
//! offending: ==
//! category: syntax
use comprehensions::comp;

struct Booking {
    guest: &'static str,
    room: Option<u16>,
}

fn main() {
    let bookings = vec![Booking { guest: "Vega", room: Some(12) }, Booking { guest: "Wu", room: None }];
    let assigned = comp![(b.guest, r) for b in &bookings if let Some(r) == b.room];
    println!("{assigned:?}");
}
