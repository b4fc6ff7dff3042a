//! mistake: `statistics.mean(i.price for i in items if i.in_stock)`: a borrowed lazy form passed where `&[f64]` is expected
//! offending: &items.iter().filter(|i| i.in_stock).map(|i| i.price)
//! category: type

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
    let avg = average(&items.iter().filter(|i| i.in_stock).map(|i| i.price));
    println!("average shelf price: {avg:.2}");
}
