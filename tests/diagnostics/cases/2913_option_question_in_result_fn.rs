//! mistake: used `?` on an `Option` price lookup inside a function returning `Result<_, String>`
//! offending: ?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn cart_prices(price_list: &HashMap<&str, u64>, cart: &[&str]) -> Result<Vec<u64>, String> {
    comp![*price_list.get(sku)? for sku in cart]
}

fn main() {
    let price_list = HashMap::from([("SHOE", 8900_u64), ("LACE", 300)]);
    println!("{:?}", cart_prices(&price_list, &["SHOE", "SOCK"]));
}
