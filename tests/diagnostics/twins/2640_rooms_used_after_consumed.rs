//! mistake: iterated `rooms` by value, then used it again for the summary
//! offending: rooms.len()
//! category: ownership
struct Room {
    name: String,
    seats: u32,
}

fn main() {
    let rooms = vec![
        Room { name: "Studio A".into(), seats: 6 },
        Room { name: "Boardroom".into(), seats: 14 },
    ];
    let mut big = Vec::new();
    for r in rooms {
        if r.seats >= 10 {
            big.push(r.name);
        }
    }
    println!("{} of {} rooms seat ten: {big:?}", big.len(), rooms.len());
}
