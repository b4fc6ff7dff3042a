//! mistake: multiplied an integer fill quantity by a float price without converting
//! offending: f.qty * f.price
//! category: type
struct Fill {
    symbol: &'static str,
    qty: u32,
    price: f64,
}

fn main() {
    let fills = vec![
        Fill { symbol: "XOM", qty: 300, price: 118.42 },
        Fill { symbol: "CVX", qty: 150, price: 161.07 },
    ];
    let notionals: Vec<_> = fills.iter().map(|f| (f.symbol, f.qty * f.price)).collect();
    println!("{notionals:?}");
}
