//! mistake: looked up each cart item's price with `prices[item]`, an owned `String`, where `HashMap` indexes by reference
//! offending: [item]
//! category: type
use std::collections::HashMap;

fn main() {
    let prices: HashMap<String, u32> =
        [("potion".to_string(), 25), ("arrow".to_string(), 2), ("shield".to_string(), 90)].into_iter().collect();
    let cart: Vec<String> = vec!["potion".into(), "arrow".into(), "arrow".into()];
    let line_prices: Vec<u32> = cart.into_iter().map(|item| prices[item]).collect();
    println!("total {}", line_prices.iter().sum::<u32>());
}
