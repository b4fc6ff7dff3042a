//! mistake: collected a set of a `TimeSlot` struct that derives neither `Eq` nor `Hash`
//! offending: collect()
//! category: type
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq)]
struct TimeSlot {
    weekday: u8,
    hour: u8,
}

struct Shift {
    worker: &'static str,
    slot: TimeSlot,
}

fn main() {
    let shifts = vec![
        Shift { worker: "Ana", slot: TimeSlot { weekday: 1, hour: 8 } },
        Shift { worker: "Ben", slot: TimeSlot { weekday: 1, hour: 8 } },
    ];
    let covered: HashSet<TimeSlot> = shifts.iter().map(|s| s.slot).collect();
    println!("{} slots covered by {}", covered.len(), shifts[0].worker);
}
