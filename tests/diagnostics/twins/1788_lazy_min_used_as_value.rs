//! mistake: `cheapest = min(i.price for i in items if i.qty > 0)` as `.min()` assigned to a `u32` (it is an `Option`)
//! offending: min()
//! category: type

struct Item {
    price_cents: u32,
    qty: u32,
}

fn main() {
    let items = vec![Item { price_cents: 250, qty: 3 }, Item { price_cents: 99, qty: 0 }];
    let cheapest: u32 = items.iter().filter(|i| i.qty > 0).map(|i| i.price_cents).min();
    println!("cheapest in stock: {cheapest}");
}
