//! mistake: took the session high with `.max()` over `f64` trade prices, which are not `Ord`
//! offending: max()
//! category: type
struct Trade {
    symbol: &'static str,
    price: f64,
    size: u32,
}

fn main() {
    let tape = vec![
        Trade { symbol: "ES", price: 5_231.25, size: 3 },
        Trade { symbol: "ES", price: 5_233.50, size: 1 },
        Trade { symbol: "NQ", price: 18_240.00, size: 2 },
    ];
    let high = tape
        .iter()
        .filter(|t| t.symbol == "ES" && t.size > 0)
        .map(|t| t.price)
        .max();
    println!("{high:?}");
}
