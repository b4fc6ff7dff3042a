//! mistake: added a buffer to an `Option<u32>` ETA as if it were a number (Python's None-or-int)
//! offending: d.eta_min + 5
//! category: type
struct Dispatch {
    order_id: u32,
    eta_min: Option<u32>,
}

fn main() {
    let board = vec![Dispatch { order_id: 71, eta_min: Some(18) }, Dispatch { order_id: 72, eta_min: None }];
    let mut promised = Vec::new();
    for d in &board {
        promised.push((d.order_id, d.eta_min + 5));
    }
    println!("{promised:?}");
}
