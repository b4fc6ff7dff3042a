//! mistake: compared `u32` on-hand stock with a `usize` order quantity
//! offending: o.qty
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct OrderLine {
    sku: &'static str,
    qty: usize,
}

fn main() {
    let on_hand: HashMap<&str, u32> = HashMap::from([("SKU-1001", 12), ("SKU-2040", 1)]);
    let lines = vec![OrderLine { sku: "SKU-1001", qty: 5 }, OrderLine { sku: "SKU-2040", qty: 3 }];
    let fillable = comp![o.sku for o in &lines if on_hand[o.sku] >= o.qty];
    println!("{fillable:?}");
}
