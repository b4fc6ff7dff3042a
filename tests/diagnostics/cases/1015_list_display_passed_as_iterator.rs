//! mistake: a helper that takes an iterator is given a list display (refactored from a lazy form), so a Vec is passed where `impl Iterator` is expected
//! offending: comp![o.qty for o in &orders if o.paid]
//! category: type
use comprehensions::comp;

struct Order {
    qty: u32,
    paid: bool,
}

fn total(quantities: impl Iterator<Item = u32>) -> u32 {
    quantities.sum()
}

fn main() {
    let orders = vec![Order { qty: 3, paid: true }, Order { qty: 5, paid: false }];
    let paid = total(comp![o.qty for o in &orders if o.paid]);
    println!("{paid}");
}
