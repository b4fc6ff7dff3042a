//! mistake: totalled each order with Python's `sum(..)` builtin over a generator
//! offending: sum(
//! category: python-habit
struct Line {
    price: f64,
    qty: u32,
}

struct Order {
    id: u32,
    lines: Vec<Line>,
}

fn main() {
    let orders = vec![
        Order { id: 1, lines: vec![Line { price: 8.5, qty: 2 }, Line { price: 3.0, qty: 1 }] },
        Order { id: 2, lines: vec![Line { price: 14.0, qty: 1 }] },
    ];
    let totals: Vec<(u32, f64)> = orders
        .iter()
        .map(|o| (o.id, sum(o.lines.iter().map(|l| l.price * l.qty as f64))))
        .collect();
    println!("{totals:?}");
}
