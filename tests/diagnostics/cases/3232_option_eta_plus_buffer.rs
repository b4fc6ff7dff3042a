//! mistake: added a buffer to an `Option<u32>` ETA as if it were a number (Python's None-or-int)
//! offending: d.eta_min + 5
//! category: type
use comprehensions::comp;

struct Dispatch {
    order_id: u32,
    eta_min: Option<u32>,
}

fn main() {
    let board = vec![Dispatch { order_id: 71, eta_min: Some(18) }, Dispatch { order_id: 72, eta_min: None }];
    let promised = comp![(d.order_id, d.eta_min + 5) for d in &board];
    println!("{promised:?}");
}
