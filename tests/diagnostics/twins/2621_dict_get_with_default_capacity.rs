//! mistake: called `HashMap::get` with a default value as Python's `dict.get(k, 0)`
//! offending: capacity.get(&b.room, 0)
//! category: python-habit
use std::collections::HashMap;

struct Booking {
    room: String,
    attendees: u32,
}

fn main() {
    let capacity: HashMap<String, u32> = HashMap::from([("Aula".to_string(), 120), ("B12".to_string(), 8)]);
    let bookings = vec![
        Booking { room: "Aula".into(), attendees: 90 },
        Booking { room: "C3".into(), attendees: 4 },
    ];
    let overbooked: Vec<&str> = bookings
        .iter()
        .filter(|b| b.attendees > capacity.get(&b.room, 0))
        .map(|b| b.room.as_str())
        .collect();
    println!("{overbooked:?}");
}
