//! mistake: a `let` clause computing the line total, then the element recomputes it instead of using the binding
//! offending: total
//! category: lint
use comprehensions::comp;

struct Order {
    id: u32,
    qty: u32,
    price_cents: u32,
}

fn main() {
    let orders = vec![Order { id: 1, qty: 2, price_cents: 250 }, Order { id: 2, qty: 1, price_cents: 99 }];
    let lines = comp![(o.id, o.qty * o.price_cents) for o in &orders let total = o.qty * o.price_cents];
    println!("{lines:?}");
}
