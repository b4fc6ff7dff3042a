//! mistake: `statistics.mean(i.price for i in items if i.in_stock)`: a borrowed lazy form passed where `&[f64]` is expected
//! offending: &comp!((i.price for i in &items if i.in_stock))
//! category: type
use comprehensions::comp;

struct Item {
    price: f64,
    in_stock: bool,
}

fn average(prices: &[f64]) -> f64 {
    prices.iter().sum::<f64>() / prices.len() as f64
}

fn main() {
    let items = vec![
        Item { price: 2.5, in_stock: true },
        Item { price: 4.0, in_stock: false },
        Item { price: 1.25, in_stock: true },
    ];
    let avg = average(&comp!((i.price for i in &items if i.in_stock)));
    println!("average shelf price: {avg:.2}");
}
