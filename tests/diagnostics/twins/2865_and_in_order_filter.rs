//! mistake: wrote Python's `and` between two filter conditions
//! offending: and
//! category: python-habit
struct Order {
    id: u64,
    total: f64,
    paid: bool,
}

fn main() {
    let orders = vec![
        Order { id: 1, total: 120.0, paid: true },
        Order { id: 2, total: 40.0, paid: true },
        Order { id: 3, total: 300.0, paid: false },
    ];
    let mut big_paid = Vec::new();
    for o in &orders {
        if o.total > 100.0 and o.paid {
            big_paid.push(o.id);
        }
    }
    println!("{big_paid:?}");
}
