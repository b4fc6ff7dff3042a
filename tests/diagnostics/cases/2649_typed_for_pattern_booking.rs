//! mistake: annotated the loop variable's type in the `for` pattern
//! offending: b: &Booking
//! category: syntax
use comprehensions::comp;

struct Booking {
    guest: String,
    nights: u8,
}

fn main() {
    let bookings = vec![Booking { guest: "Ito".into(), nights: 3 }, Booking { guest: "Moss".into(), nights: 1 }];
    let long_stays = comp![b.guest.as_str() for b: &Booking in &bookings if b.nights > 2];
    println!("{long_stays:?}");
}
