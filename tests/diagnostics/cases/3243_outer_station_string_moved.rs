//! mistake: put the outer `station` String into every ticket, moving it on the first one
//! offending: station
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct KitchenTicket {
    dish: String,
    station: String,
}

fn main() {
    let station = String::from("pastry");
    let desserts = vec!["creme brulee".to_string(), "tarte tatin".to_string()];
    let tickets = comp![KitchenTicket { dish: d.clone(), station } for d in &desserts if !d.is_empty()];
    println!("{tickets:?}");
}
