//! mistake: Python's `sum([...])` becomes `.sum()` on a list display, which is a Vec, not an iterator
//! offending: sum
//! category: python-habit
use comprehensions::comp;

struct Item {
    price: u32,
    qty: u32,
}

fn main() {
    let cart = vec![Item { price: 250, qty: 2 }, Item { price: 100, qty: 1 }];
    let total = comp![it.price * it.qty for it in &cart].sum::<u32>();
    println!("{total}");
}
