//! mistake: Python's `max(paid, key=lambda o: o.total)` as `max_by_key` on a lazy form, with an `f64` key (not `Ord`)
//! offending: max_by_key(|o| o.total)
//! category: type

struct Order {
    id: u32,
    total: f64,
    paid: bool,
}

fn main() {
    let orders = vec![
        Order { id: 1, total: 19.99, paid: true },
        Order { id: 2, total: 5.50, paid: false },
        Order { id: 3, total: 42.00, paid: true },
    ];
    let biggest = orders.iter().filter(|o| o.paid).max_by_key(|o| o.total);
    if let Some(o) = biggest {
        println!("largest paid order: #{} ({:.2})", o.id, o.total);
    }
}
