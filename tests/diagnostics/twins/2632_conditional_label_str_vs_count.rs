//! mistake: gave the conditional element a `&str` in one branch and a `usize` in the other
//! offending: r.bookings.len()
//! category: type
struct Room {
    name: &'static str,
    bookings: Vec<u32>,
}

fn main() {
    let rooms = vec![
        Room { name: "Atlas", bookings: vec![] },
        Room { name: "Borealis", bookings: vec![3, 7] },
    ];
    let status: Vec<_> = rooms
        .iter()
        .map(|r| (r.name, if r.bookings.is_empty() { "free" } else { r.bookings.len() }))
        .collect();
    println!("{status:?}");
}
