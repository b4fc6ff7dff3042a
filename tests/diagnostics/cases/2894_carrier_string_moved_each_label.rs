//! mistake: moved the shared carrier `String` into every shipping label
//! offending: carrier
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Label {
    order_id: u64,
    carrier: String,
}

fn main() {
    let carrier = String::from("DHL Express");
    let order_ids = vec![3001_u64, 3002, 3003];
    let labels = comp![Label { order_id: *id, carrier } for id in &order_ids];
    println!("{labels:?}");
}
