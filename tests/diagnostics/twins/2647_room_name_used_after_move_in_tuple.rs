//! mistake: moved `r.name` into the tuple's first item, then took its length in the second
//! offending: r.name.len()
//! category: ownership
struct Room {
    name: String,
    floor: u8,
}

fn main() {
    let rooms = vec![Room { name: "Galileo".into(), floor: 2 }, Room { name: "Curie".into(), floor: 3 }];
    let signage: Vec<(String, usize, u8)> = rooms.into_iter().map(|r| (r.name, r.name.len(), r.floor)).collect();
    println!("{signage:?}");
}
