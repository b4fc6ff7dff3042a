//! mistake: `mut` on the loop pattern copied from an earlier loop that mutated the row; the row is only read
//! offending: mut r
//! category: lint
struct Item {
    qty: u32,
    price: u32,
}

fn main() {
    let rows = vec![Item { qty: 2, price: 5 }, Item { qty: 1, price: 9 }];
    let totals: Vec<_> = rows.into_iter().map(|mut r| r.qty * r.price).collect();
    println!("{totals:?}");
}
