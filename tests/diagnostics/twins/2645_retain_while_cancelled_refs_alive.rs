//! mistake: kept `&Booking`s from the list, then `retain`ed the list while they were still used
//! offending: bookings.retain(|b| !b.cancelled)
//! category: ownership
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
    let cancelled: Vec<&Booking> = bookings.iter().filter(|b| b.cancelled).collect();
    bookings.retain(|b| !b.cancelled);
    println!("released {:?}, kept {}", cancelled, bookings.len());
}
