//! mistake: called Python's `len()` builtin on each room's bookings
//! offending: len(r.bookings)
//! category: python-habit
use comprehensions::comp;

struct Booking {
    guest: String,
    nights: u32,
}

struct Room {
    number: u16,
    bookings: Vec<Booking>,
}

fn main() {
    let rooms = vec![
        Room { number: 101, bookings: vec![Booking { guest: "Ada".into(), nights: 2 }] },
        Room { number: 102, bookings: vec![] },
    ];
    let occupancy = comp![(r.number, len(r.bookings)) for r in &rooms];
    println!("{occupancy:?} {}", rooms[0].bookings[0].guest.len() as u32 + rooms[0].bookings[0].nights);
}
