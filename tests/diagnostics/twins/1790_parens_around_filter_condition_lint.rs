//! mistake: parentheses around a filter's condition, `if (o.qty > 0)`, from C or Python habit
//! offending: (o.qty > 0)
//! category: lint

struct Order {
    id: u32,
    qty: u32,
}

fn main() {
    let orders = vec![Order { id: 1, qty: 2 }, Order { id: 2, qty: 0 }];
    let mut to_ship = Vec::new();
    for o in &orders {
        if (o.qty > 0) {
            to_ship.push(o.id);
        }
    }
    println!("{to_ship:?}");
}
