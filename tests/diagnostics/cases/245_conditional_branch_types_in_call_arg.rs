//! mistake: a conditional inside a call argument whose branches are `f64` and an integer literal, `price if price > 0.0 else 0`
//! offending: 0)
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Line {
    sku: String,
    price: f64,
}

fn line(sku: &str, price: f64) -> Line {
    Line { sku: sku.to_string(), price }
}

fn main() {
    let raw = vec![("a1", 9.5), ("b2", -1.0)];
    // Python: lines = [Line(sku, price if price > 0 else 0) for sku, price in raw]
    let lines = comp![line(sku, price if price > 0.0 else 0) for (sku, price) in raw];
    println!("{lines:?}");
}
