//! mistake: `cheapest = min(i.price for i in items if i.qty > 0)` as `.min()` assigned to a `u32` (it is an `Option`)
//! offending: min()
//! category: type
use comprehensions::comp;

struct Item {
    price_cents: u32,
    qty: u32,
}

fn main() {
    let items = vec![Item { price_cents: 250, qty: 3 }, Item { price_cents: 99, qty: 0 }];
    let cheapest: u32 = comp!((i.price_cents for i in &items if i.qty > 0)).min();
    println!("cheapest in stock: {cheapest}");
}
