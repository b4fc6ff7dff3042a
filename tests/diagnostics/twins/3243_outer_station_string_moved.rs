//! mistake: put the outer `station` String into every ticket, moving it on the first one
//! offending: station
//! category: ownership
#[derive(Debug)]
struct KitchenTicket {
    dish: String,
    station: String,
}

fn main() {
    let station = String::from("pastry");
    let desserts = vec!["creme brulee".to_string(), "tarte tatin".to_string()];
    let mut tickets = Vec::new();
    for d in &desserts {
        if !d.is_empty() {
            tickets.push(KitchenTicket { dish: d.clone(), station });
        }
    }
    println!("{tickets:?}");
}
