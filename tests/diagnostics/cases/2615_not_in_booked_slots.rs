//! mistake: filtered free slots with Python's `not in` membership test
//! offending: not in
//! category: python-habit
use comprehensions::comp;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Slot {
    day: u8,
    hour: u8,
}

fn main() {
    let all: Vec<Slot> = (1..=5).flat_map(|day| (9..17).map(move |hour| Slot { day, hour })).collect();
    let booked = vec![Slot { day: 1, hour: 10 }, Slot { day: 3, hour: 14 }];
    let free = comp![s for s in &all if s not in booked];
    println!("{} free slots", free.len());
}
