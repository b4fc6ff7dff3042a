//! mistake: collected `u64` room ids into a `Vec<u32>`
//! offending: b.room_id
//! category: type
struct Booking {
    room_id: u64,
    guest: String,
}

fn main() {
    let bookings = vec![
        Booking { room_id: 4_000_101, guest: "Nadia".into() },
        Booking { room_id: 4_000_217, guest: "Omar".into() },
    ];
    let mut rooms_in_use: Vec<u32> = Vec::new();
    for b in &bookings {
        rooms_in_use.push(b.room_id);
    }
    println!("{rooms_in_use:?} {}", bookings[0].guest);
}
