//! mistake: moved the shared carrier `String` into every shipping label
//! offending: carrier
//! category: ownership
#[derive(Debug)]
struct Label {
    order_id: u64,
    carrier: String,
}

fn main() {
    let carrier = String::from("DHL Express");
    let order_ids = vec![3001_u64, 3002, 3003];
    let labels: Vec<Label> = order_ids.iter().map(|id| Label { order_id: *id, carrier }).collect();
    println!("{labels:?}");
}
