//! mistake: tested an unassigned courier with Python's `is None`
//! offending: is None
//! category: python-habit
use comprehensions::comp;

struct Delivery {
    order_id: u32,
    courier: Option<String>,
}

fn main() {
    let deliveries = vec![
        Delivery { order_id: 501, courier: Some("Ines".into()) },
        Delivery { order_id: 502, courier: None },
    ];
    let waiting = comp![d.order_id for d in &deliveries if d.courier is None];
    println!("needs a courier: {waiting:?}");
}
