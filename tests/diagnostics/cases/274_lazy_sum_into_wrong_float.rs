//! mistake: summing a lazy comprehension of `&f64` prices into an `f32`
//! offending: sum
//! category: type
use comprehensions::comp;

struct Item {
    price: f64,
    qty: u32,
}

fn main() {
    let cart = vec![Item { price: 2.5, qty: 2 }, Item { price: 1.0, qty: 0 }];
    // Python: total = sum(i.price for i in cart if i.qty > 0)
    let total: f32 = comp!((&i.price for i in &cart if i.qty > 0)).sum();
    println!("{total}");
}
