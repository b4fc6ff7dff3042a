//! mistake: keyed the order book depth map by the `f64` price level, which is not `Eq + Hash`
//! offending: lvl.price
//! category: type
use std::collections::HashMap;

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
    let mut depth = HashMap::new();
    for lvl in &book.bids {
        depth.insert(lvl.price, lvl.size);
    }
    println!("{} levels", depth.len());
}
