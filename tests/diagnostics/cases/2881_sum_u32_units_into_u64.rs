//! mistake: summed `u32` line quantities straight into a `u64` total
//! offending: sum
//! category: type
use comprehensions::comp;

struct Line {
    sku: &'static str,
    qty: u32,
}

fn main() {
    let lines = vec![Line { sku: "SOCKS", qty: 12 }, Line { sku: "HAT", qty: 3 }];
    let units_shipped: u64 = comp!((l.qty for l in &lines if !l.sku.is_empty())).sum();
    println!("{units_shipped}");
}
