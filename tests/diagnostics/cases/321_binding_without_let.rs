//! mistake: a binding clause written as a bare assignment `total = ..` without `let` (Python has no `let`)
//! offending: total = o.qty * o.price
//! category: syntax
use comprehensions::comp;

struct Order {
    qty: u32,
    price: u32,
}

fn main() {
    let orders = vec![Order { qty: 2, price: 10 }, Order { qty: 1, price: 500 }];
    let big = comp![total for o in &orders total = o.qty * o.price if total > 100];
    println!("{big:?}");
}
