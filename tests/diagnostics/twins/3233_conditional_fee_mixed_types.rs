//! mistake: the conditional element yields a `&str` in one branch and an `f64` in the other
//! offending: o.delivery_fee
//! category: type
struct Order {
    id: u32,
    subtotal: f64,
    delivery_fee: f64,
}

fn main() {
    let orders = vec![
        Order { id: 1, subtotal: 62.0, delivery_fee: 3.99 },
        Order { id: 2, subtotal: 18.0, delivery_fee: 3.99 },
    ];
    let fees: Vec<_> = orders
        .iter()
        .map(|o| (o.id, if o.subtotal >= 50.0 { "free" } else { o.delivery_fee }))
        .collect();
    println!("{fees:?}");
}
