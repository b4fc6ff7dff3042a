//! mistake: the conditional element yields a `&str` in one branch and an `f64` in the other
//! offending: o.delivery_fee
//! category: type
use comprehensions::comp;

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
    let fees = comp![(o.id, "free" if o.subtotal >= 50.0 else o.delivery_fee) for o in &orders];
    println!("{fees:?}");
}
