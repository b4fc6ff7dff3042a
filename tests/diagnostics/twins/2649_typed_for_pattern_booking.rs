//! mistake: annotated the loop variable's type in the `for` pattern
//! offending: b: &Booking
//! category: syntax
struct Booking {
    guest: String,
    nights: u8,
}

fn main() {
    let bookings = vec![Booking { guest: "Ito".into(), nights: 3 }, Booking { guest: "Moss".into(), nights: 1 }];
    let mut long_stays = Vec::new();
    for b: &Booking in &bookings {
        if b.nights > 2 {
            long_stays.push(b.guest.as_str());
        }
    }
    println!("{long_stays:?}");
}
