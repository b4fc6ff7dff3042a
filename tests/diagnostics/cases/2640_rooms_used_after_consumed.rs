//! mistake: iterated `rooms` by value, then used it again for the summary
//! offending: rooms.len()
//! category: ownership
use comprehensions::comp;

struct Room {
    name: String,
    seats: u32,
}

fn main() {
    let rooms = vec![
        Room { name: "Studio A".into(), seats: 6 },
        Room { name: "Boardroom".into(), seats: 14 },
    ];
    let big = comp![r.name for r in rooms if r.seats >= 10];
    println!("{} of {} rooms seat ten: {big:?}", big.len(), rooms.len());
}
