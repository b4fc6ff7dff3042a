//! mistake: keyed the order book depth map by the `f64` price level, which is not `Eq + Hash`
//! offending: lvl.price
//! category: type
use comprehensions::comp;

struct Level {
    price: f64,
    size: u64,
}

struct OrderBook {
    bids: Vec<Level>,
}

fn main() {
    let book = OrderBook {
        bids: vec![Level { price: 99.98, size: 400 }, Level { price: 99.97, size: 1_200 }, Level { price: 99.95, size: 800 }],
    };
    let depth = comp!({lvl.price: lvl.size for lvl in &book.bids});
    println!("{} levels", depth.len());
}
