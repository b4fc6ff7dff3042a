//! mistake: used `Vec::len()` (a `usize`) as the value of a `HashMap<String, u32>`
//! offending: r.bookings.len()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Room {
    name: String,
    bookings: Vec<(u8, u8)>,
}

fn main() {
    let rooms = vec![
        Room { name: "Orchid".into(), bookings: vec![(9, 10), (14, 16)] },
        Room { name: "Lotus".into(), bookings: vec![] },
    ];
    let load: HashMap<String, u32> = comp!({r.name.clone(): r.bookings.len() for r in &rooms});
    println!("{load:?}");
}
