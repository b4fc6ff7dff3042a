//! mistake: an `if` inside a call argument whose branches are `f64` and an integer literal (hand-written)
//! offending: 0 })
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
    let lines: Vec<Line> = raw.into_iter().map(|(sku, price)| line(sku, if price > 0.0 { price } else { 0 })).collect();
    println!("{lines:?}");
}
