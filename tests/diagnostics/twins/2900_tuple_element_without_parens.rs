//! mistake: wrote a two-value element without the tuple's parentheses
//! offending: push(o.id, o.total)
//! category: syntax
struct Order {
    id: u64,
    total: f64,
}

fn main() {
    let orders = vec![Order { id: 1, total: 10.0 }, Order { id: 2, total: 99.9 }];
    let mut rows: Vec<(u64, f64)> = Vec::new();
    for o in &orders {
        rows.push(o.id, o.total);
    }
    println!("{rows:?}");
}
