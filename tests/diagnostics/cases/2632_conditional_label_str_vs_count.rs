//! mistake: gave the conditional element a `&str` in one branch and a `usize` in the other
//! offending: r.bookings.len()
//! category: type
use comprehensions::comp;

struct Room {
    name: &'static str,
    bookings: Vec<u32>,
}

fn main() {
    let rooms = vec![
        Room { name: "Atlas", bookings: vec![] },
        Room { name: "Borealis", bookings: vec![3, 7] },
    ];
    let status = comp![(r.name, "free" if r.bookings.is_empty() else r.bookings.len()) for r in &rooms];
    println!("{status:?}");
}
