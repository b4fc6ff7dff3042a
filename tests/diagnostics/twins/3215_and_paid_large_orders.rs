//! mistake: wrote Python's `and` between two filter conditions
//! offending: and
//! category: python-habit
struct Order {
    id: u32,
    paid: bool,
    total: f64,
}

fn main() {
    let orders = vec![
        Order { id: 101, paid: true, total: 42.5 },
        Order { id: 102, paid: false, total: 18.0 },
        Order { id: 103, paid: true, total: 12.0 },
    ];
    let big_paid: Vec<u32> = orders.iter().filter(|o| o.paid and o.total > 20.0).map(|o| o.id).collect();
    println!("{big_paid:?}");
}
