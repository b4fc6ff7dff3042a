//! mistake: kept `&Booking`s from the list, then `retain`ed the list while they were still used
//! offending: bookings.retain(|b| !b.cancelled)
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Booking {
    id: u32,
    cancelled: bool,
}

fn main() {
    let mut bookings = vec![
        Booking { id: 1, cancelled: false },
        Booking { id: 2, cancelled: true },
        Booking { id: 3, cancelled: true },
    ];
    let cancelled = comp![b for b in &bookings if b.cancelled];
    bookings.retain(|b| !b.cancelled);
    println!("released {:?}, kept {}", cancelled, bookings.len());
}
