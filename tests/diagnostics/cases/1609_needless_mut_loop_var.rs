//! mistake: `mut` on the loop pattern copied from an earlier loop that mutated the row; the row is only read
//! offending: mut r
//! category: lint
use comprehensions::comp;

struct Item {
    qty: u32,
    price: u32,
}

fn main() {
    let rows = vec![Item { qty: 2, price: 5 }, Item { qty: 1, price: 9 }];
    let totals = comp![r.qty * r.price for mut r in rows];
    println!("{totals:?}");
}
