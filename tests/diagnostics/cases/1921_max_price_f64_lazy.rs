//! mistake: `max(p.price for p in products if p.in_stock)` as a lazy comprehension's `.max()` over `f64` prices, which are not `Ord`
//! offending: max()
//! category: type
use comprehensions::comp;

struct Product {
    sku: String,
    price: f64,
    in_stock: bool,
}

fn main() {
    let products = vec![
        Product { sku: "A-1".into(), price: 9.99, in_stock: true },
        Product { sku: "B-2".into(), price: 19.5, in_stock: false },
    ];
    let top = comp!((p.price for p in &products if p.in_stock)).max();
    println!("{top:?} of {}", products[0].sku);
}
