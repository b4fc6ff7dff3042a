//! mistake: summing an iterator of `&f64` into an `f32` (hand-written)
struct Item {
    price: f64,
    qty: u32,
}

fn main() {
    let cart = vec![Item { price: 2.5, qty: 2 }, Item { price: 1.0, qty: 0 }];
    let total: f32 = cart.iter().filter(|i| i.qty > 0).map(|i| &i.price).sum();
    println!("{total}");
}
